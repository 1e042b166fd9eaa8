namespace SecRules.Versioning;

/// <summary>What a change in a modification does.</summary>
public enum ChangeKind
{
    /// <summary>Adds a new obligation.</summary>
    Add,

    /// <summary>Replaces an obligation's whole definition.</summary>
    Replace,

    /// <summary>Retires an obligation: it is no longer in force.</summary>
    Retire,

    /// <summary>Changes some of an obligation's fields or parameters.</summary>
    Amend,

    /// <summary>Gives the Assurance Statuses new names from a date.</summary>
    RenameAssuranceStatuses,
}
