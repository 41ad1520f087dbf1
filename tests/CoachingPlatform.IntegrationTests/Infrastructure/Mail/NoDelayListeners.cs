using System.Net.Sockets;
using System.Reflection;
using SmtpServer;
using SmtpServer.Net;

namespace CoachingPlatform.IntegrationTests.Infrastructure.Mail;

/// <summary>
/// SmtpServer's listener with Nagle's algorithm off (accepted sockets inherit it from the listening one on
/// Linux). Left on, the server's pipelined replies wait for delayed ACKs and every mail takes ~40 ms, which
/// slows every test that mails and stretches the timing the crash tests measure. SmtpServer exposes no
/// setting, hence the private field.
/// </summary>
internal sealed class NoDelayListeners : EndpointListenerFactory
{
    public override IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
    {
        var listener = base.CreateListener(endpointDefinition);
        var field = listener.GetType().GetField("_tcpListener", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("This SmtpServer version keeps its TcpListener elsewhere.");
        ((TcpListener)field.GetValue(listener)!).Server.NoDelay = true;
        return listener;
    }
}
