using CoachingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Subscriptions.Persistence.Configurations;

internal sealed class DigestCommentConfiguration : IEntityTypeConfiguration<DigestComment>
{
    public void Configure(EntityTypeBuilder<DigestComment> builder)
    {
        builder.ToTable("digest_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ArticleSlug).HasMaxLength(DigestArticle.SlugMaxLength);
        builder.Property(c => c.ArticleTitle).HasMaxLength(DigestArticle.TitleMaxLength);
        builder.Property(c => c.AuthorName).HasMaxLength(DigestComment.NameMaxLength);
        builder.Property(c => c.BodyExcerpt).HasMaxLength(DigestComment.BodyMaxLength);
        builder.HasIndex(c => c.ApprovedAt);
    }
}
