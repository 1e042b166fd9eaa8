namespace SecRules.Facts;

/// <summary>Where <see cref="FactFields{T}"/> reports what it finds in one fact: the fact's path, and the facts its references may name.</summary>
internal sealed class FactFieldCheck(FactSetValidator validator, string collection, int index, string prefix = "")
{
    public void Problem(string field, string message) => validator.Add(collection, index, prefix + field, message);

    public void Missing(string field, string expected) => Problem(field, $"missing; expected {expected}");

    public void Reference(string field, string id, FactKind[] kinds) => validator.Expect(this, field, id, kinds);

    public void Obligation(string field, string id) => validator.ExpectObligation(this, field, id);

    /// <summary>Gets the check of a record nested at <paramref name="field"/>, whose fields are named after it.</summary>
    public FactFieldCheck Within(string field) => new(validator, collection, index, $"{prefix}{field}.");
}
