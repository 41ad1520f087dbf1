using CoachingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Subscriptions.Persistence.Configurations;

internal sealed class DigestArticleConfiguration : IEntityTypeConfiguration<DigestArticle>
{
    public void Configure(EntityTypeBuilder<DigestArticle> builder)
    {
        builder.ToTable("digest_articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Slug).HasMaxLength(DigestArticle.SlugMaxLength);
        builder.Property(a => a.Title).HasMaxLength(DigestArticle.TitleMaxLength);
        builder.Property(a => a.Excerpt).HasMaxLength(DigestArticle.ExcerptMaxLength);
        builder.HasIndex(a => a.PublishedAt);
    }
}
