namespace SecRules.Facts;

/// <summary>The kinds of fact a scenario can state.</summary>
public enum FactKind
{
    /// <summary>A SEC Party that is, or is becoming, a User (<see cref="Facts.Party"/>).</summary>
    Party,

    /// <summary>A User System (<see cref="Facts.UserSystem"/>).</summary>
    UserSystem,

    /// <summary>A Shared Resource Provider (<see cref="Facts.SharedResourceProvider"/>).</summary>
    SharedResourceProvider,

    /// <summary>A User Security Assessment (<see cref="SecurityAssessment"/>).</summary>
    Assessment,

    /// <summary>A non-compliance an assessment found (<see cref="Facts.NonCompliance"/>).</summary>
    NonCompliance,

    /// <summary>A notification to the Security Sub-Committee (<see cref="SscNotification"/>).</summary>
    SscNotification,

    /// <summary>A decision of the Security Sub-Committee on a notification (<see cref="SscDecision"/>).</summary>
    SscDecision,

    /// <summary>A request of the Security Sub-Committee under G8.13 (<see cref="SscRequest"/>).</summary>
    SscRequest,

    /// <summary>A notice from the Panel requiring a breach to be remedied (<see cref="PanelNotice"/>).</summary>
    PanelNotice,

    /// <summary>A six-monthly Smart Metering System count a User reported (<see cref="SmsCountReport"/>).</summary>
    SmsCountReport,

    /// <summary>Information given to a Shared Resource User after an assessment of its provider (<see cref="SharedResourceUserInformation"/>).</summary>
    SharedResourceUserInformation,
}
