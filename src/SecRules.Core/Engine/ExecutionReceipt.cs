using System.Globalization;
using System.Text;

namespace SecRules.Engine;

/// <summary>
/// What produced an evaluation, so that it can be reproduced later: the engine version, the ruleset
/// version and its content hash, and the evaluation date.
/// </summary>
/// <param name="EngineVersion">The version of SecRules.Core.</param>
/// <param name="RulesetId">The id of the ruleset version evaluated.</param>
/// <param name="RulesetContentHash">The content hash of that version (<see cref="Versioning.RulesetVersion.ContentHash"/>).</param>
/// <param name="EvaluationDate">The date the facts were evaluated at.</param>
public sealed record ExecutionReceipt(string EngineVersion, string RulesetId, string RulesetContentHash, DateOnly EvaluationDate)
{
    // ToString writes the date as every output of SecRules does (YYYY-MM-DD), whatever the culture.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture,
            $"EngineVersion = {EngineVersion}, RulesetId = {RulesetId}, RulesetContentHash = {RulesetContentHash}, EvaluationDate = {EvaluationDate:yyyy-MM-dd}");
        return true;
    }
}
