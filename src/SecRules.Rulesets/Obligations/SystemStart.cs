using SecRules.Facts;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// When a User System began, as the obligations read it: a system with neither a first-employed nor
/// a planned-first-use date is one whose start the facts do not give, not one that was never used.
/// </summary>
internal static class SystemStart
{
    public static bool IsUnknown(UserSystem system) => system.FirstEmployed is null && system.PlannedFirstUse is null;

    public static string Missing(UserSystem system) =>
        Invariant($"when {system.Id} was first employed (first-employed) or is planned to be (planned-first-use)");
}
