using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// Makes the coach notification consumers fail on purpose: their first step, looking up the people
/// involved, throws while <see cref="FailuresLeft"/> is above zero (or always, when it is negative).
/// </summary>
public sealed class FlakyContacts
{
    private int failuresLeft;

    public int FailuresLeft
    {
        get => Volatile.Read(ref failuresLeft);
        set => Volatile.Write(ref failuresLeft, value);
    }

    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddScoped<IPipelineBehavior<GetUserContact, UserContact?>, Behaviour>();
    }

    private bool ShouldFail()
    {
        while (true)
        {
            var left = FailuresLeft;
            if (left == 0)
            {
                return false;
            }

            if (left < 0 || Interlocked.CompareExchange(ref failuresLeft, left - 1, left) == left)
            {
                return true;
            }
        }
    }

    private sealed class Behaviour(FlakyContacts flaky) : IPipelineBehavior<GetUserContact, UserContact?>
    {
        public Task<UserContact?> Handle(GetUserContact request, CancellationToken cancellationToken, RequestHandlerDelegate<UserContact?> next) =>
            flaky.ShouldFail() ? throw new InvalidOperationException("The contact lookup failed on purpose.") : next();
    }
}
