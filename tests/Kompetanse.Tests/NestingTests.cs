using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Input nested far deeper than any content needs is an error at its line, never a crash.</summary>
public class NestingTests
{
    private static string Brackets(int depth) => new string('[', depth) + new string(']', depth);

    [Fact]
    public void Deep_yaml_in_front_matter_is_an_error_at_its_line()
    {
        using var site = new TestSite().File("om.md", $"---\ntitle: Om\nx: {Brackets(100_000)}\n---\nTekst.\n");

        site.Build().Single("KMP009", "om.md").AssertAt(3, 67);
    }

    [Fact]
    public void Deep_yaml_in_a_data_file_is_an_error_at_its_line()
    {
        using var site = new TestSite().File("forms/dyp.yml", $"title: Dypt\nsections:\n  - {new string('[', 100_000)}\n");

        var d = site.Build().Single("KMP009", "forms/dyp.yml");
        Assert.Equal(3, d.Location.Line);
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        using var site = new TestSite().File("om.md", $"---\ntitle: Om\ntags: [a, b]\n---\n{new string('>', 20)} Et sitat.\n");

        site.Build().AssertClean();
    }

    [Theory]
    [InlineData('>')]
    [InlineData('[')]
    public void Deep_markdown_is_an_error_at_its_line(char mark)
    {
        using var site = new TestSite().File("om.md", $"---\ntitle: Om\n---\nFørst litt tekst.\n\n{new string(mark, 50_000)} hei\n");

        var result = site.Build();

        result.Single("KMP009", "om.md").AssertAt(6, 1);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void The_command_exits_with_1_and_prints_no_stack_trace()
    {
        using var site = new TestSite()
            .File("om.md", $"---\ntitle: Om\nx: {Brackets(100_000)}\n---\n{new string('>', 50_000)} hei\n")
            .File("sitat.md", $"---\ntitle: Sitat\n---\n{new string('[', 50_000)} hei\n");

        var run = CliProcess.Run(site.Root, "build", "--input", site.Input, "--theme", RepoPaths.Theme, "--output", site.Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error KMP009", run.All);
        Assert.DoesNotContain("   at ", run.All);
        Assert.DoesNotContain("KMP999", run.All);
    }
}
