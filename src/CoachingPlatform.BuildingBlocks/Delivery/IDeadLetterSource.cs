namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// Failed work kept outside the module stores (a failed backup) that is listed, counted, retried and
/// discarded with the dead letters, so one page and one health check show everything that needs a person.
/// </summary>
public interface IDeadLetterSource
{
    string Kind { get; }

    Task<IReadOnlyList<DeadLetter>> ListAsync(int take, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>False when no dead letter of this source has the id.</summary>
    Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>False when no dead letter of this source has the id.</summary>
    Task<bool> DiscardAsync(Guid id, CancellationToken cancellationToken);
}
