namespace SecRules.Facts;

/// <summary>
/// A problem in a fact set: a missing list, fact or field, a value out of range, a duplicated id, or a
/// reference to a fact that does not exist.
/// </summary>
/// <param name="Collection">The collection, named as in scenario files (for example <c>user-systems</c>).</param>
/// <param name="Index">The zero-based index of the fact within its collection, or null when the problem is the whole collection.</param>
/// <param name="Field">
/// The field at fault, named as in scenario files (for example <c>owner</c>, or <c>premises-changes[1].from</c>
/// within a nested list), or empty when the problem is the whole fact.
/// </param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record FactProblem(string Collection, int? Index, string Field, string Message)
{
    /// <summary>Gets where the problem is: <c>collection[index].field</c>, <c>collection[index]</c> or <c>collection</c>.</summary>
    public string Path => (Index, Field) switch
    {
        (null, _) => Collection,
        ({ } index, "") => FormattableString.Invariant($"{Collection}[{index}]"),
        ({ } index, _) => FormattableString.Invariant($"{Collection}[{index}].{Field}"),
    };

    /// <summary>Formats the problem as <c>path: message</c>, for example <c>user-systems[0].owner: missing; expected ...</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
