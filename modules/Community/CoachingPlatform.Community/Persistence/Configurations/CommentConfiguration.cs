using CoachingPlatform.Community.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Community.Persistence.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AuthorName).HasMaxLength(Comment.AuthorNameMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Comment.EmailMaxLength);
        builder.Property(c => c.Body).HasMaxLength(Comment.BodyMaxLength);
        builder.Property(c => c.SpamReasons).HasMaxLength(Comment.ReasonsMaxLength);
        builder.Property(c => c.AddressHash).HasMaxLength(64);
        builder.Ignore(c => c.Reasons);

        // Stored by name so the table reads plainly and reordering the enum cannot change stored meaning.
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // SQL Server refuses a second cascade path through the parent; replies are removed with their article.
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.NoAction);

        // Readers page an article's top-level comments and load whole threads; moderators list by status;
        // the spam filter counts an address's recent comments.
        builder.HasIndex(c => new { c.ArticleId, c.Status, c.PostedAt });
        builder.HasIndex(c => c.ThreadId);
        builder.HasIndex(c => new { c.Status, c.PostedAt });
        builder.HasIndex(c => new { c.AddressHash, c.PostedAt });
    }
}
