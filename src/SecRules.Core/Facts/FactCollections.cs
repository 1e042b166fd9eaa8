namespace SecRules.Facts;

/// <summary>The names of the fact collections, as scenario files spell them.</summary>
internal static class FactCollections
{
    public const string Parties = "parties";
    public const string SharedResourceProviders = "shared-resource-providers";
    public const string UserSystems = "user-systems";
    public const string Assessments = "assessments";
    public const string NonCompliances = "non-compliances";
    public const string SscNotifications = "ssc-notifications";
    public const string SscDecisions = "ssc-decisions";
    public const string SscRequests = "ssc-requests";
    public const string PanelNotices = "panel-notices";
    public const string SmsCountReports = "sms-count-reports";
    public const string SharedResourceUserInformation = "shared-resource-user-information";
}
