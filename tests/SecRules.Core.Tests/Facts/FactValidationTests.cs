using System.Collections;
using System.Reflection;
using SecRules.Facts;

namespace SecRules.Core.Tests.Facts;

/// <summary>
/// Facts built in code are checked before any rule sees them: nulls, enum values with no name, dates
/// outside the supported range, malformed ids and dangling references each give a problem with its path.
/// </summary>
public class FactValidationTests
{
    private static readonly DateOnly Day = new(2019, 6, 1);

    /// <summary>One sound fact of every kind, each related to the others as a scenario would relate them.</summary>
    private static FactSet Sound() => new()
    {
        Parties =
        [
            new Party
            {
                Id = "P1", Name = "Example", Category = PartyCategory.SmallSupplier, Roles = [UserRole.ImportSupplier],
                DomesticPremises = 10, NonDomesticPremises = 1, UserEntryCompleted = Day, AssessmentCycleStart = Day,
                PremisesChanges = [new PremisesChange { From = Day, DomesticPremises = 20, NonDomesticPremises = 2 }],
            },
        ],
        SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Provider" }],
        UserSystems =
        [
            new UserSystem { Id = "S1", Owner = "P1", FirstEmployed = new FactTime(Day) },
            new UserSystem { Id = "S2", Owner = "P1", SharedResourceProvider = "SRP1", FirstEmployed = new FactTime(Day), PlannedFirstUse = Day, Replaces = "S1" },
        ],
        Assessments =
        [
            new SecurityAssessment
            {
                Id = "A1", Subject = "P1", AssessmentKind = AssessmentKind.Full, Fieldwork = Day, ReportIssued = Day, ResponseDue = Day,
                ResponseSubmitted = Day, AssuranceStatus = "Approved", StatusAssigned = Day, Covers = ["S1"],
            },
        ],
        NonCompliances = [new NonCompliance { Id = "NC1", Assessment = "A1", Clause = "G3.5", UserSystem = "S1", RemedyBy = Day, Remedied = Day }],
        SscNotifications = [new SscNotification { Id = "N1", Party = "P1", UserSystem = "S2", Sent = new FactTime(Day) }],
        SscDecisions = [new SscDecision { Id = "D1", Notification = "N1", Decided = Day, Decision = SscDecisionKind.AdHocReview }],
        SscRequests = [new SscRequest { Id = "R1", Party = "P1", Made = Day, Due = Day, Complied = Day, Decision = "D1", UserSystem = "S2" }],
        PanelNotices = [new PanelNotice { Id = "PN1", Party = "P1", Served = Day, Obligation = "duty", Subject = "S2", RemedyBy = Day, Remedied = Day }],
        SmsCountReports = [new SmsCountReport { Id = "SMS1", Party = "P1", Submitted = Day }],
        SharedResourceUserInformation = [new SharedResourceUserInformation { Id = "I1", Assessment = "A1", Party = "P1", Given = Day }],
    };

    [Test]
    public void FindProblems_OneSoundFactOfEveryKind_FindsNone()
    {
        Sound().FindProblems(new HashSet<string> { "duty" }).Should().BeEmpty();
    }

    [Test]
    public void FindProblems_NullList_IsAProblemOfTheCollection()
    {
        var facts = Sound() with { UserSystems = null! };

        facts.FindProblems().Select(problem => problem.ToString()).Should()
            .Contain("user-systems: missing; expected a list (empty when there are no such facts)");
    }

    [TestCase("S2")]
    [TestCase("A1")]
    [TestCase("NC1")]
    [TestCase("R1")]
    [TestCase("P1")]
    public void FindProblems_PanelNoticeOnAFactOfAnotherParty_IsAProblemOfItsSubject(string subject)
    {
        var sound = Sound();
        var facts = sound with
        {
            Parties = [.. sound.Parties, sound.Parties[0] with { Id = "P2" }],
            PanelNotices = [sound.PanelNotices[0] with { Party = "P2", Subject = subject }],
        };

        facts.FindProblems(new HashSet<string> { "duty" }).Select(problem => problem.ToString()).Should().Equal(
            $"panel-notices[0].subject: '{subject}' belongs to party 'P1'; expected a fact of the party the notice is served on, 'P2'");
    }

    [Test]
    public void FindProblems_ImpossibleDateOrders_AreProblemsOfTheLaterFact()
    {
        var sound = Sound();
        var facts = sound with
        {
            SscDecisions = [sound.SscDecisions[0] with { Decided = Day.AddDays(-1) }],
            PanelNotices = [sound.PanelNotices[0] with { RemedyBy = Day.AddDays(-1) }],
        };

        facts.FindProblems(new HashSet<string> { "duty" }).Select(problem => problem.ToString()).Should().Equal(
            $"ssc-decisions[0].decided: {Day.AddDays(-1):yyyy-MM-dd} is before notification 'N1' was sent on {Day:yyyy-MM-dd}; expected a date on or after it",
            $"panel-notices[0].remedy-by: {Day.AddDays(-1):yyyy-MM-dd} is before the notice was served on {Day:yyyy-MM-dd}; expected a date on or after it");
    }

    [Test]
    public void FindProblems_PanelNoticeOnAProvidersAssessment_IsNoProblem()
    {
        var sound = Sound();
        var facts = sound with
        {
            Assessments = [.. sound.Assessments, sound.Assessments[0] with { Id = "A9", Subject = "SRP1" }],
            PanelNotices = [sound.PanelNotices[0] with { Subject = "A9" }],
        };

        facts.FindProblems(new HashSet<string> { "duty" }).Should().BeEmpty();
    }

    [Test]
    public void FindProblems_CoversNotRecorded_IsNoProblem()
    {
        var sound = Sound();

        (sound with { Assessments = [sound.Assessments[0] with { Covers = null }] }).FindProblems(new HashSet<string> { "duty" }).Should().BeEmpty();
    }

    [Test]
    public void FindProblems_NullFact_IsAProblemOfItsPlace()
    {
        var facts = Sound() with { Parties = [.. Sound().Parties, null!] };

        facts.FindProblems().Should().ContainSingle().Which.ToString().Should().Be("parties[1]: missing; expected a party");
    }

    [Test]
    public void FindProblems_NullIdOwnerAndSubject_AreEachAProblemWithItsPath()
    {
        var sound = Sound();
        var facts = sound with
        {
            Parties = [sound.Parties[0], sound.Parties[0] with { Id = null! }],
            UserSystems = [sound.UserSystems[0] with { Owner = null! }, sound.UserSystems[1]],
            Assessments = [sound.Assessments[0] with { Subject = null! }],
        };

        facts.FindProblems().Select(problem => problem.ToString()).Should().Equal(
            "parties[1].id: missing; expected an id",
            "user-systems[0].owner: missing; expected the id of another fact",
            "assessments[0].subject: missing; expected the id of another fact");
    }

    [Test]
    public void FindProblems_EnumValueWithNoName_IsAProblemNamingTheValues()
    {
        var facts = Sound() with { Parties = [Sound().Parties[0] with { Category = (PartyCategory)99 }] };

        facts.FindProblems().Should().ContainSingle().Which.ToString().Should()
            .Be("parties[0].category: (PartyCategory)99 is not a named value; expected one of: LargeSupplier, SmallSupplier, ElectricityNetwork, GasNetwork, OtherUser");
    }

    [TestCase(1, 1, 1)]
    [TestCase(9999, 12, 31)]
    [TestCase(1899, 12, 31)]
    [TestCase(2201, 1, 1)]
    public void FindProblems_DateOutsideTheSupportedRange_IsAProblem(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var facts = Sound() with { UserSystems = [Sound().UserSystems[0] with { FirstEmployed = new FactTime(date) }, Sound().UserSystems[1]] };

        facts.FindProblems().Should().ContainSingle().Which.ToString().Should()
            .Be($"user-systems[0].first-employed: {date:yyyy-MM-dd} is outside the dates SecRules supports; expected a date from 1900-01-01 to 2200-12-31");
    }

    [Test]
    public void FindProblems_ProblemInANestedList_NamesItsPlaceInTheList()
    {
        var party = Sound().Parties[0];
        var facts = Sound() with { Parties = [party with { PremisesChanges = [party.PremisesChanges[0], party.PremisesChanges[0] with { DomesticPremises = -3 }] }] };

        facts.FindProblems().Should().ContainSingle().Which.Path.Should().Be("parties[0].premises-changes[1].domestic-premises");
    }

    [Test]
    public void FindProblems_ControlCharacterInText_IsAProblemShownEscaped()
    {
        var facts = Sound() with { Parties = [Sound().Parties[0] with { Name = "Example\u001b[31m" }] };

        facts.FindProblems().Should().ContainSingle().Which.ToString().Should()
            .Be("parties[0].name: 'Example\\u001B[31m' holds the control character U+001B; expected printable text");
    }

    [Test]
    public void EnsureValid_SeveralProblems_ThrowsOneExceptionListingThemAll()
    {
        var sound = Sound();
        var facts = sound with
        {
            Parties = [sound.Parties[0] with { Category = (PartyCategory)7 }],
            UserSystems = [sound.UserSystems[0] with { Owner = "P9" }, sound.UserSystems[1] with { Replaces = null }],
        };

        var act = () => facts.EnsureValid();

        var exception = act.Should().Throw<InvalidFactsException>().Which;
        exception.Problems.Select(problem => problem.Path).Should().Equal("parties[0].category", "user-systems[0].owner");
        exception.Message.Should().StartWith("The facts are not sound (2 problems): parties[0].category: ").And.Contain("; user-systems[0].owner: unknown party 'P9'");
    }

    /// <summary>
    /// Every field of every fact is declared in <c>FactSchema</c>: a hostile value put in any one field
    /// (null, an unnamed enum value, a date beyond the supported range, a negative count, a control
    /// character) gives a problem naming that field. A field added to a fact and not declared fails here.
    /// </summary>
    [TestCaseSource(nameof(Fields))]
    public void FindProblems_HostileValueInAnyField_IsAProblemOfThatField(string collection, string property)
    {
        var facts = Sound();
        var list = CollectionOf(facts, collection);
        var fact = list[0]!;
        var field = fact.GetType().GetProperty(property)!;
        var hostile = Hostile(field.PropertyType);
        var changed = Clone(fact);
        field.SetValue(changed, hostile);
        var damaged = With(facts, collection, [changed, .. list.Skip(1)]);

        damaged.FindProblems(new HashSet<string> { "duty" }).Should().Contain(
            problem => problem.Collection == collection && problem.Index == 0,
            $"{fact.GetType().Name}.{property} set to a hostile value must be a problem");
    }

    public static IEnumerable<TestCaseData> Fields() =>
        from collection in CollectionProperties()
        let type = collection.PropertyType.GetGenericArguments()[0]
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.SetMethod is not null && property.Name != nameof(IFact.Id) && property.PropertyType != typeof(bool) && property.PropertyType != typeof(bool?)
        select new TestCaseData(KebabName(collection.Name), property.Name).SetName($"{type.Name}.{property.Name}");

    private static IEnumerable<PropertyInfo> CollectionProperties() =>
        typeof(FactSet).GetProperties().Where(property => property.PropertyType.IsGenericType
            && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            && typeof(IFact).IsAssignableFrom(property.PropertyType.GetGenericArguments()[0]));

    private static object? Hostile(Type type) =>
        Nullable.GetUnderlyingType(type) is { IsEnum: true } underlying
            ? Hostile(underlying)
            : type switch
            {
                _ when type == typeof(string) => "\u001b[31m",
                _ when type == typeof(DateOnly) || type == typeof(DateOnly?) => new DateOnly(9999, 12, 31),
                _ when type == typeof(FactTime) || type == typeof(FactTime?) => new FactTime(new DateOnly(9999, 12, 31)),
                _ when type == typeof(int) || type == typeof(int?) => -1,
                _ when type.IsEnum => Enum.ToObject(type, 99),
                _ when typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType => OneHostileItem(type.GetGenericArguments()[0]),
                _ => throw new InvalidOperationException($"No hostile value for {type}; add one here."),
            };

    // A list may be null where its absence means "not recorded"; an item in it never may be hostile.
    private static Array OneHostileItem(Type item)
    {
        var list = Array.CreateInstance(item, 1);
        list.SetValue(item.IsClass && item != typeof(string) ? null : Hostile(item), 0);
        return list;
    }

    private static List<object?> CollectionOf(FactSet facts, string collection) =>
        ((IEnumerable)CollectionProperties().Single(property => KebabName(property.Name) == collection).GetValue(facts)!).Cast<object?>().ToList();

    private static FactSet With(FactSet facts, string collection, IReadOnlyList<object?> items)
    {
        var property = CollectionProperties().Single(candidate => KebabName(candidate.Name) == collection);
        var type = property.PropertyType.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        var copy = Clone(facts);
        property.SetValue(copy, list);
        return (FactSet)copy;
    }

    // Records copy themselves through a compiler-generated <Clone>$ method.
    private static object Clone(object record) =>
        record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    private static string KebabName(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
