using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SecRules.Cli.Tests.Support;

/// <summary>Parses an HTML report as a browser would, and checks what every report must be: one file that fetches nothing.</summary>
internal static class HtmlReport
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Asserts that the document needs nothing beside it: no script, stylesheet, font, image or frame fetched from anywhere.</summary>
    public static void ShouldBeSelfContained(IDocument document)
    {
        document.QuerySelectorAll("script").Should().BeEmpty("a report runs no script");
        document.QuerySelectorAll("link").Should().BeEmpty("a report links no stylesheet, font or icon");
        document.QuerySelectorAll("img, iframe, object, embed, video, audio, source, image, use").Should().BeEmpty("a report draws its charts inline");
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes.Where(attribute => attribute.LocalName is "src" or "href" or "srcset" or "action" or "data"))
            {
                attribute.Value.Should().NotMatchRegex("^(https?:|//|file:)", $"<{element.LocalName} {attribute.Name}> refers to nothing outside the file");
            }
        }

        foreach (var style in document.QuerySelectorAll("style"))
        {
            style.TextContent.Should().NotContain("@import").And.NotContain("url(", "the style fetches no font or image");
        }

        document.QuerySelectorAll("[style]").Should().BeEmpty("styles live in the one style element");
    }
}
