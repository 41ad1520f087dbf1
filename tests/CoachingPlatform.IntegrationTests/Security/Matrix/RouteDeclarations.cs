namespace CoachingPlatform.IntegrationTests.Security.Matrix;

/// <summary>
/// Who may call each route of the app, one line per route, as "METHOD /path" for the API (the route
/// template without constraints) and "PAGE /path" for a page. A route the app serves that is missing here
/// fails <see cref="AuthorizationMatrixTests.Every_route_and_page_has_a_declared_access"/>: add its line.
/// Placeholders in paths are filled from <see cref="Tenants"/> with records of tenant A.
/// </summary>
public static class RouteDeclarations
{
    public static readonly IReadOnlyDictionary<string, Access> All = new Dictionary<string, Access>
    {
        // Platform
        ["ANY /health/live"] = Access.Public,
        ["ANY /health/ready"] = Access.Public,
        ["GET /openapi/{documentName}.json"] = Access.Public,
        ["ANY /hangfire/{**path}"] = Access.Admin,
        ["ANY /metrics"] = Access.Admin,
        ["GET /reference/{documentName?}"] = Access.Public,
        ["GET /reference/scalar.js"] = Access.Public,
        ["GET /reference/scalar.aspnetcore.js"] = Access.Public,
        ["GET /reference/favicon.svg"] = Access.Public,
        ["GET /api/admin/deliveries"] = Access.Admin,
        ["POST /api/admin/deliveries/{kind}/{id}/retry"] = Access.Admin.Answers(404),
        ["POST /api/admin/deliveries/{kind}/{id}/discard"] = Access.Admin.Answers(404),

        // Identity
        ["POST /api/auth/login"] = Access.Public,
        ["POST /api/auth/unlock"] = Access.Public,
        ["POST /api/auth/logout"] = Access.SignedIn.SignsOut(),
        ["POST /api/auth/accept-invitation"] = Access.Public,
        ["GET /api/me"] = Access.SignedIn,
        ["PUT /api/me/password"] = Access.SignedIn,
        ["GET /api/me/export"] = Access.SignedIn,
        ["POST /api/me/erasure"] = Access.Client,
        ["GET /api/auth/invitation"] = Access.Public,
        ["POST /api/auth/password-reset"] = Access.Public,
        ["POST /api/auth/password-reset/confirm"] = Access.Public,
        ["POST /api/admin/coaches"] = Access.Admin,
        ["GET /api/admin/coaches"] = Access.Admin,
        ["POST /api/admin/coaches/{coachId}/invitation/resend"] = Access.Admin,
        ["DELETE /api/admin/coaches/{coachId}/invitation"] = Access.Admin,
        ["GET /api/admin/audit"] = Access.Admin,

        // Clients
        ["POST /api/clients"] = Access.Coach,
        ["GET /api/clients"] = Access.Coach,
        ["GET /api/clients/{clientId}"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["POST /api/clients/{clientId}/invitation/resend"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["DELETE /api/clients/{clientId}/invitation"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["POST /api/client-links/accept"] = Access.Public,

        // Programs: coach
        ["GET /api/programs"] = Access.Coach,
        ["POST /api/programs"] = Access.Coach,
        ["GET /api/programs/{programId}"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["PUT /api/programs/{programId}"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["POST /api/programs/{programId}/copies"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["POST /api/clients/{clientId}/assignments"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["GET /api/clients/{clientId}/assignments"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["GET /api/clients/{clientId}/assignments/{assignmentId}"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["GET /api/clients/{clientId}/assignments/{assignmentId}/reflections"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["GET /api/clients/{clientId}/timeline"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["GET /api/clients/{clientId}/support-requests"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["POST /api/clients/{clientId}/support-requests/{requestId}/resolution"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["GET /api/program-suggestions"] = Access.Coach,
        ["POST /api/program-suggestions/{suggestionId}/dismissal"] = Access.Coach.Answers(404),

        // Programs: client portal
        ["GET /api/me/assignments"] = Access.Client,
        ["GET /api/me/assignments/{assignmentId}/steps/{stepId}"] = Access.Client.OwnedBy(Persona.ClientA),
        ["POST /api/me/assignments/{assignmentId}/steps/{stepId}/completion"] = Access.Client.OwnedBy(Persona.ClientA),
        ["PUT /api/me/assignments/{assignmentId}/steps/{stepId}/draft"] = Access.Client.OwnedBy(Persona.ClientA),
        ["POST /api/me/wins"] = Access.Client,
        ["GET /api/me/timeline"] = Access.Client,
        ["GET /api/me/gratitude"] = Access.Client,
        ["PUT /api/me/gratitude/today"] = Access.Client,
        ["GET /api/me/preferences"] = Access.Client,
        ["PUT /api/me/preferences"] = Access.Client,
        ["POST /api/me/support-requests"] = Access.Client,
        ["GET /api/me/support-requests"] = Access.Client,
        ["GET /api/support-line"] = Access.Public,

        // Assessments
        ["GET /api/assessments/wheel-of-life"] = Access.Public,
        ["POST /api/assessments/wheel-of-life"] = Access.Public,
        ["GET /api/assessments/{id}"] = Access.Public.OwnedBy(Persona.ClientA, Persona.CoachA),
        ["GET /api/assessments/{id}/wheel.svg"] = Access.Public.OwnedBy(Persona.ClientA, Persona.CoachA),
        ["POST /api/assessments/{id}/goals"] = Access.Public.OwnedBy(Persona.ClientA),
        ["GET /api/me/assessments"] = Access.Client,
        ["POST /api/me/assessments/claims"] = Access.Client,
        ["GET /api/clients/{clientId}/assessments"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["POST /api/clients/{clientId}/assessments/retake-requests"] = Access.Coach.OwnedBy(Persona.CoachA),

        // Community
        ["GET /api/articles"] = Access.Public,
        ["GET /api/articles/{slug}"] = Access.Public,
        ["GET /api/articles/{slug}/comments"] = Access.Public,
        ["POST /api/articles/{slug}/comments"] = Access.Public,
        ["POST /api/comments/{commentId}/reports"] = Access.Public,
        ["POST /api/articles"] = Access.Admin,
        ["PUT /api/articles/{slug}"] = Access.Admin,
        ["GET /api/admin/articles"] = Access.Admin,
        ["POST /api/admin/articles/preview"] = Access.Admin,
        ["GET /api/moderation/comments"] = Access.Admin,
        ["POST /api/moderation/comments/{commentId}/decision"] = Access.Admin,
        ["GET /api/moderation/comments/{commentId}/history"] = Access.Admin,

        // Subscriptions
        ["POST /api/subscriptions"] = Access.Public,
        ["POST /api/subscriptions/confirm"] = Access.Public,
        ["GET /api/subscriptions/preferences"] = Access.Public.Answers(404),
        ["PUT /api/subscriptions/preferences"] = Access.Public.Answers(400),
        ["POST /api/subscriptions/unsubscribe"] = Access.Public.Answers(404),
        ["GET /api/admin/digests"] = Access.Admin,
        ["POST /api/admin/digests/{frequency}/run"] = Access.Admin,

        // Pages
        ["PAGE /"] = Access.Public,
        ["PAGE /Index"] = Access.Public,
        ["PAGE /signin"] = Access.Public,
        ["PAGE /signin/unlock"] = Access.Public,
        ["PAGE /password-reset"] = Access.Public,
        ["PAGE /password-reset/confirm"] = Access.Public,
        ["PAGE /wheel-of-life"] = Access.Public,
        ["PAGE /wheel-of-life/results/{id}"] = Access.Public.OwnedBy(Persona.ClientA, Persona.CoachA),
        ["PAGE /wheel-of-life/claim"] = Access.Public,
        ["PAGE /articles"] = Access.Public,
        ["PAGE /articles/{slug}"] = Access.Public,
        ["PAGE /account"] = Access.SignedIn,
        ["PAGE /account/data"] = Access.SignedIn,
        ["PAGE /denied"] = Access.Public.Answers(403),
        ["PAGE /status/{code}"] = Access.Public.Answers(404),
        ["PAGE /invitation"] = Access.Public,
        ["PAGE /clients/accept"] = Access.Public,
        ["PAGE /subscriptions/confirm"] = Access.Public,
        ["PAGE /subscriptions/preferences"] = Access.Public.Answers(404),
        ["PAGE /subscriptions/subscribe"] = Access.Public,
        ["PAGE /admin/newsletter"] = Access.Admin,
        ["PAGE /admin"] = Access.Admin,
        ["PAGE /admin/audit"] = Access.Admin,
        ["PAGE /admin/deliveries"] = Access.Admin,
        ["PAGE /admin/system"] = Access.Admin,
        ["PAGE /admin/articles"] = Access.Admin,
        ["PAGE /admin/articles/preview"] = Access.Admin,
        ["PAGE /admin/moderation"] = Access.Admin,
        ["PAGE /coach"] = Access.Coach,
        ["PAGE /coach/programs"] = Access.Coach,
        ["PAGE /coach/programs/new"] = Access.Coach,
        ["PAGE /coach/programs/{programId}"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["PAGE /coach/clients/{clientId}"] = Access.Coach.OwnedBy(Persona.CoachA),
        ["PAGE /client"] = Access.Client,
        ["PAGE /client/wins"] = Access.Client,
        ["PAGE /client/wheel"] = Access.Client,
        ["PAGE /client/support"] = Access.Client,
        ["PAGE /client/assignments/{assignmentId}/steps/{stepId}"] = Access.Client.OwnedBy(Persona.ClientA),
    };
}
