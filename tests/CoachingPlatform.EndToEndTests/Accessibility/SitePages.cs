namespace CoachingPlatform.EndToEndTests.Accessibility;

/// <summary>
/// Every page of the site, as the role that opens it. A page added to the app gets one line here and is then
/// checked at 390 px, for console errors, labels, touch targets and with axe-core like the rest.
/// A path may use the placeholders of <see cref="PagePlaceholders"/>: {clientId}, {programId},
/// {assignmentId}, {stepId} (the demo client, the built-in program, and the client's first open step).
/// </summary>
public static class SitePages
{
    public const string Anonymous = "Anonymous";

    public static readonly SitePage[] All =
    [
        new(Anonymous, "/"),
        new(Anonymous, "/signin"),
        new(Anonymous, "/password-reset"),
        new(Anonymous, "/password-reset/confirm?token=made-up"),
        new(Anonymous, "/invitation?token=made-up"),
        new(Anonymous, "/subscriptions/confirm?token=made-up"),
        new(Anonymous, "/subscriptions/subscribe"),
        new("Admin", "/admin/newsletter"),
        new("Admin", "/admin"),
        new("Admin", "/admin/deliveries"),
        new("Admin", "/admin/system"),
        new("Admin", "/account"),
        new("Coach", "/coach"),
        new("Coach", "/coach/programs"),
        new("Coach", "/coach/programs/new"),
        new("Coach", "/coach/programs/{programId}"),
        new("Coach", "/coach/clients/{clientId}"),
        new("Coach", "/account"),
        new("Coach", "/account/data"),
        new("Client", "/client"),
        new("Client", "/client/wins"),
        new("Client", "/client/support"),
        new("Client", "/client/assignments/{assignmentId}/steps/{stepId}"),
        new("Client", "/account"),
        new("Client", "/account/data"),
    ];

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in All)
            {
                data.Add(page.Role, page.Path);
            }

            return data;
        }
    }
}

public sealed record SitePage(string Role, string Path);
