using BenchmarkDotNet.Attributes;
using CoachingPlatform.BuildingBlocks.Mediation;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachingPlatform.Benchmarks;

/// <summary>
/// One request through the app's mediator as every endpoint sends it: a new scope, the logging, validation
/// and retry behaviours, a validator, the handler. The handler does no work, so this is the pipeline's cost.
/// </summary>
[MemoryDiagnoser]
public class MediatorPipeline
{
    private ServiceProvider services = null!;

    [GlobalSetup]
    public void Setup() => services = new ServiceCollection()
        .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information))
        .AddMediation([typeof(MediatorPipeline).Assembly])
        .BuildServiceProvider();

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark]
    public async Task<Pong> SendInNewScope()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Ping("hello"));
    }
}

public sealed record Ping(string Text) : IRequest<Pong>;

public sealed record Pong(int Length);

public sealed class PingValidator : AbstractValidator<Ping>
{
    public PingValidator() => RuleFor(p => p.Text).NotEmpty().MaximumLength(100);
}

public sealed class PingHandler : IRequestHandler<Ping, Pong>
{
    public Task<Pong> Handle(Ping request, CancellationToken cancellationToken) => Task.FromResult(new Pong(request.Text.Length));
}
