using CoachingPlatform.Community.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Community.Persistence.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Slug).HasMaxLength(Slugs.MaxLength);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
        builder.Property(a => a.Body).HasMaxLength(Article.BodyMaxLength);
        builder.Property(a => a.Excerpt).HasMaxLength(Article.ExcerptMaxLength);
        builder.Ignore(a => a.IsPublished);
        builder.HasIndex(a => a.PublishedAt);
    }
}
