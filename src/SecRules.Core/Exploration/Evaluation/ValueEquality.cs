using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace SecRules.Exploration.Evaluation;

/// <summary>
/// Compares facts and findings by value, lists included: records compare the lists they hold (an
/// assessment's covered systems, the facts behind a finding) by reference, and generated scenarios
/// build new lists each time. The comparison is built once per type from its public properties, so
/// a new field takes part without a change here.
/// </summary>
internal static class ValueEquality
{
    private static readonly ConcurrentDictionary<Type, (Func<object, object, bool> Equal, Func<object, int> Hash)> ByType = new();

    /// <summary>Gets whether two objects are of one type and hold equal values.</summary>
    public static bool Equal(object x, object y) => ReferenceEquals(x, y) || (x.GetType() == y.GetType() && For(x.GetType()).Equal(x, y));

    /// <summary>Gets a hash code that objects of equal values share.</summary>
    public static int Hash(object value) => For(value.GetType()).Hash(value);

    private static (Func<object, object, bool> Equal, Func<object, int> Hash) For(Type type) => ByType.GetOrAdd(type, Build);

    private static (Func<object, object, bool>, Func<object, int>) Build(Type type)
    {
        var x = Expression.Parameter(typeof(object), "x");
        var y = Expression.Parameter(typeof(object), "y");
        var typedX = Expression.Convert(x, type);
        var typedY = Expression.Convert(y, type);
        Expression equal = Expression.Constant(true);
        Expression hash = Expression.Constant(17);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanRead && property.GetIndexParameters().Length == 0))
        {
            var (equalValues, hashValue) = Comparers(property.PropertyType);
            equal = Expression.AndAlso(equal, Expression.Invoke(equalValues, Expression.Property(typedX, property), Expression.Property(typedY, property)));
            hash = Expression.Add(Expression.Multiply(hash, Expression.Constant(31)), Expression.Invoke(hashValue, Expression.Property(typedX, property)));
        }

        return (Expression.Lambda<Func<object, object, bool>>(equal, x, y).Compile(),
            Expression.Lambda<Func<object, int>>(Expression.Convert(hash, typeof(int)), x).Compile());
    }

    // A list compares item by item; anything else by its own equality.
    private static (LambdaExpression Equal, LambdaExpression Hash) Comparers(Type type)
    {
        var items = type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
            ? type.GetInterfaces().Append(type).FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
            : null;
        var method = items is null
            ? typeof(ValueEquality).GetMethod(nameof(ValueComparers), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type)
            : typeof(ValueEquality).GetMethod(nameof(SequenceComparers), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type, items);
        return ((LambdaExpression, LambdaExpression))method.Invoke(null, null)!;
    }

    private static (LambdaExpression, LambdaExpression) ValueComparers<T>() =>
        ((Expression<Func<T, T, bool>>)((a, b) => EqualityComparer<T>.Default.Equals(a, b)),
         (Expression<Func<T, int>>)(value => value == null ? 0 : EqualityComparer<T>.Default.GetHashCode(value)));

    private static (LambdaExpression, LambdaExpression) SequenceComparers<TList, TItem>()
        where TList : IEnumerable<TItem> =>
        ((Expression<Func<TList, TList, bool>>)((a, b) => SequenceEqual<TItem>(a, b)),
         (Expression<Func<TList, int>>)(list => SequenceHash<TItem>(list)));

    private static bool SequenceEqual<TItem>(IEnumerable<TItem>? a, IEnumerable<TItem>? b) =>
        a is null || b is null ? ReferenceEquals(a, b) : a.SequenceEqual(b);

    private static int SequenceHash<TItem>(IEnumerable<TItem>? items)
    {
        var hash = 19;
        foreach (var item in items ?? [])
        {
            hash = (hash * 31) + (item is null ? 0 : EqualityComparer<TItem>.Default.GetHashCode(item));
        }

        return hash;
    }
}
