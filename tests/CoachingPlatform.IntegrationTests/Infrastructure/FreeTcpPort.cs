using System.Net;
using System.Net.Sockets;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

public static class FreeTcpPort
{
    /// <summary>A loopback port free right now; for servers whose address must be known before they start.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
