using CoachingPlatform.Community.Contracts;

namespace CoachingPlatform.Community.Features.Reading;

/// <summary>An approved comment of a loaded thread; <see cref="Hidden"/> when reports took it off the page.</summary>
internal sealed record ThreadRow(Guid Id, Guid? ParentId, Guid ThreadId, string AuthorName, string Body, DateTime PostedAt, bool Hidden);

/// <summary>
/// Puts the comments of some threads in reading order: each top-level comment, then its replies depth
/// first, oldest first at each level. Indentation stops at <see cref="MaxDepth"/>: deeper replies stay
/// there, in order. A hidden comment is left out but its replies stay, under its nearest shown ancestor;
/// a reply whose parent is not approved (rejected after it was answered) sits directly under the thread's start.
/// </summary>
internal static class CommentThreads
{
    public const int MaxDepth = 3;

    public static IReadOnlyList<ThreadedComment> Arrange(IReadOnlyList<Guid> rootIds, IReadOnlyCollection<ThreadRow> rows)
    {
        var byId = rows.ToDictionary(r => r.Id);
        var children = rows
            .Where(r => r.Id != r.ThreadId)
            .GroupBy(r => r.ParentId is { } parent && byId.ContainsKey(parent) ? parent : r.ThreadId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.PostedAt).ThenBy(r => r.Id).ToList());

        var ordered = new List<ThreadedComment>(rows.Count);
        foreach (var rootId in rootIds)
        {
            if (byId.TryGetValue(rootId, out var root))
            {
                Visit(root, 0, null);
            }
        }

        return ordered;

        void Visit(ThreadRow row, int depth, Guid? shownParent)
        {
            var parentOfChildren = shownParent;
            var childDepth = depth;
            if (!row.Hidden)
            {
                ordered.Add(new ThreadedComment(row.Id, shownParent, row.AuthorName, row.Body, row.PostedAt, Math.Min(depth, MaxDepth)));
                parentOfChildren = row.Id;
                childDepth = depth + 1;
            }

            foreach (var child in children.GetValueOrDefault(row.Id) ?? [])
            {
                Visit(child, childDepth, parentOfChildren);
            }
        }
    }
}
