using CoachingPlatform.Community.Features.Reading;

namespace CoachingPlatform.UnitTests.Community;

public sealed class CommentThreadsTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Replies_follow_their_parent_oldest_first_and_indentation_stops_at_three()
    {
        var root = Row("root", null, null, 0);
        var late = Row("late reply", root, root, 5);
        var early = Row("early reply", root, root, 1);
        var second = Row("second level", early, root, 2);
        var third = Row("third level", second, root, 3);
        var fourth = Row("fourth level", third, root, 4);

        var ordered = CommentThreads.Arrange([root.Id], [late, fourth, root, third, early, second]);

        Assert.Equal(["root", "early reply", "second level", "third level", "fourth level", "late reply"], ordered.Select(c => c.Body));
        Assert.Equal([0, 1, 2, 3, 3, 1], ordered.Select(c => c.Depth));
        Assert.Equal(third.Id, ordered[4].ParentId);
    }

    [Fact]
    public void Threads_come_in_the_order_of_their_first_comment()
    {
        var first = Row("first", null, null, 0);
        var second = Row("second", null, null, 1);

        var ordered = CommentThreads.Arrange([first.Id, second.Id], [second, first]);

        Assert.Equal(["first", "second"], ordered.Select(c => c.Body));
    }

    [Fact]
    public void A_hidden_comment_is_left_out_and_its_replies_move_up_under_the_nearest_shown_one()
    {
        var root = Row("root", null, null, 0);
        var hidden = Row("hidden", root, root, 1) with { Hidden = true };
        var reply = Row("reply to hidden", hidden, root, 2);

        var ordered = CommentThreads.Arrange([root.Id], [root, hidden, reply]);

        Assert.Equal(["root", "reply to hidden"], ordered.Select(c => c.Body));
        Assert.Equal(1, ordered[1].Depth);
        Assert.Equal(root.Id, ordered[1].ParentId);
    }

    [Fact]
    public void A_reply_whose_parent_was_not_loaded_sits_under_the_start_of_its_thread()
    {
        var root = Row("root", null, null, 0);
        var orphan = new ThreadRow(Guid.CreateVersion7(), Guid.CreateVersion7(), root.Id, "Sam", "parent was rejected", Start.AddMinutes(3), false);

        var ordered = CommentThreads.Arrange([root.Id], [root, orphan]);

        Assert.Equal(["root", "parent was rejected"], ordered.Select(c => c.Body));
        Assert.Equal(1, ordered[1].Depth);
    }

    private static ThreadRow Row(string body, ThreadRow? parent, ThreadRow? root, int minutes)
    {
        var id = Guid.CreateVersion7();
        return new ThreadRow(id, parent?.Id, root?.Id ?? id, "Priya", body, Start.AddMinutes(minutes), false);
    }
}
