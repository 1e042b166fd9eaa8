namespace SecRules.Facts;

/// <summary>The Party Categories of the SEC, as they matter for security assessments.</summary>
public enum PartyCategory
{
    /// <summary>A Large Supplier Party.</summary>
    LargeSupplier,

    /// <summary>A Small Supplier Party.</summary>
    SmallSupplier,

    /// <summary>An Electricity Network Party.</summary>
    ElectricityNetwork,

    /// <summary>A Gas Network Party.</summary>
    GasNetwork,

    /// <summary>An Other User (an Other SEC Party that is a User).</summary>
    OtherUser,
}
