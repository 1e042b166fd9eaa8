using System.Globalization;
using SecRules.Facts;

namespace SecRules.Rulesets.Tests.Support;

/// <summary>Short constructors for the facts obligation tests state, dates written as in scenario files.</summary>
internal static class Build
{
    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static FactTime Time(string text) => text.Length == 10
        ? new FactTime(Date(text))
        : new FactTime(Date(text[..10]), TimeOnly.ParseExact(text[11..], "HH:mm", CultureInfo.InvariantCulture));

    public static Party User(string id = "P1", string? entered = "2017-06-01", PartyCategory category = PartyCategory.SmallSupplier) => new()
    {
        Id = id,
        Name = $"Party {id}",
        Category = category,
        UserEntryCompleted = entered is null ? null : Date(entered),
    };

    public static UserSystem NewSystem(string id, string? employed, string owner = "P1", string? provider = null, string? replaces = null, string? planned = null) => new()
    {
        Id = id,
        Owner = owner,
        FirstEmployed = employed is null ? null : Time(employed),
        SharedResourceProvider = provider,
        Replaces = replaces,
        PlannedFirstUse = planned is null ? null : Date(planned),
    };

    public static SscNotification Notification(string id, string system, string sent, string party = "P1") => new()
    {
        Id = id,
        Party = party,
        UserSystem = system,
        Sent = Time(sent),
    };
}
