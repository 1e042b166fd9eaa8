using System.Runtime.Serialization;

namespace SecRules.Findings;

/// <summary>Where a piece of the encoded law comes from, and so how far to trust it.</summary>
public enum Provenance
{
    /// <summary>Stated in a public source that was read (a SEC website page, a glossary entry).</summary>
    [EnumMember(Value = "READ")]
    Read,

    /// <summary>Taken from the seed document, the SECMP0057 Initial Modification Report, and not confirmed elsewhere.</summary>
    [EnumMember(Value = "SEED")]
    Seed,

    /// <summary>Reasoned or recalled, not confirmed by any source read: a hypothesis kept in data so that it can change.</summary>
    [EnumMember(Value = "INFERRED")]
    Inferred,
}
