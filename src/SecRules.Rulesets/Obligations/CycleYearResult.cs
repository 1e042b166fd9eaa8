using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Rulesets.Obligations;

/// <summary>How one year of a User's assessment cycle stands at the evaluation date.</summary>
/// <param name="Outcome">The year's outcome.</param>
/// <param name="Message">The year, its deadline and what met or missed it.</param>
/// <param name="Assessments">The assessments the year rests on.</param>
/// <param name="Missing">For an Undetermined year, what is missing.</param>
/// <param name="Remedied">For a missed year, the fieldwork of the later assessment that made up for it, if any.</param>
internal sealed record CycleYearResult(Outcome Outcome, string Message, IReadOnlyList<SecurityAssessment> Assessments, string? Missing = null, DateOnly? Remedied = null);
