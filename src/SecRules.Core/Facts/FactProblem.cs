namespace SecRules.Facts;

/// <summary>A problem in a fact set: a duplicated id, or a reference to a fact that does not exist.</summary>
/// <param name="Collection">The collection, named as in scenario files (for example <c>user-systems</c>).</param>
/// <param name="Index">The zero-based index of the fact within its collection.</param>
/// <param name="Field">The field at fault, named as in scenario files (for example <c>owner</c>).</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record FactProblem(string Collection, int Index, string Field, string Message)
{
    /// <summary>Formats the problem as <c>collection[index].field: message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => $"{Collection}[{Index}].{Field}: {Message}";
}
