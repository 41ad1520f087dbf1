namespace CoachingPlatform.Web.Composition;

/// <summary>
/// Where the app finds its settings, pages and web assets: its own folder, wherever it is started from.
/// `dotnet run` starts it in the project folder, which holds them, so that stays the content root (and keeps
/// the data folder there); started anywhere else (e.g. `dotnet /srv/app/CoachingPlatform.Web.dll`), the
/// folder of the app's assembly is used, and relative paths in settings (data/...) resolve against it too.
/// </summary>
internal static class AppFolder
{
    public static WebApplicationOptions Options(string[] args)
    {
        if (File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")))
        {
            return new WebApplicationOptions { Args = args };
        }

        var own = AppContext.BaseDirectory;
        Directory.SetCurrentDirectory(own);
        return new WebApplicationOptions { Args = args, ContentRootPath = own };
    }
}
