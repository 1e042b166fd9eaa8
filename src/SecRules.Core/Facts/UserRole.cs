namespace SecRules.Facts;

/// <summary>The capacities in which a Party uses DCC services; User Entry is completed per role.</summary>
public enum UserRole
{
    /// <summary>Import Supplier.</summary>
    ImportSupplier,

    /// <summary>Export Supplier.</summary>
    ExportSupplier,

    /// <summary>Gas Supplier.</summary>
    GasSupplier,

    /// <summary>Electricity Distributor.</summary>
    ElectricityDistributor,

    /// <summary>Gas Transporter.</summary>
    GasTransporter,

    /// <summary>Registered Supplier Agent.</summary>
    RegisteredSupplierAgent,

    /// <summary>Other User.</summary>
    OtherUser,
}
