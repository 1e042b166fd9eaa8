using System.Linq.Expressions;
using System.Reflection;
using SecRules.Facts;

namespace SecRules.Exploration.Evaluation;

/// <summary>
/// The lists a <see cref="FactSet"/> holds, one per type of fact, found from its properties so that a
/// new kind of fact is projected like the others without a change here.
/// </summary>
internal static class FactLists
{
    /// <summary>Gets the lists: the type of their facts, and how to read them from a fact set.</summary>
    public static IReadOnlyList<(Type FactType, Func<FactSet, IReadOnlyList<IFact>> Read)> All { get; } =
    [
        .. typeof(FactSet).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                && typeof(IFact).IsAssignableFrom(property.PropertyType.GetGenericArguments()[0]))
            .Select(property => (property.PropertyType.GetGenericArguments()[0], Reader(property))),
    ];

    /// <summary>Counts the facts of a fact set.</summary>
    public static int Count(FactSet facts)
    {
        var count = 0;
        foreach (var (_, read) in All)
        {
            count += read(facts).Count;
        }

        return count;
    }

    private static Func<FactSet, IReadOnlyList<IFact>> Reader(PropertyInfo property)
    {
        var facts = Expression.Parameter(typeof(FactSet), "facts");
        return Expression.Lambda<Func<FactSet, IReadOnlyList<IFact>>>(
            Expression.Convert(Expression.Property(facts, property), typeof(IReadOnlyList<IFact>)), facts).Compile();
    }
}
