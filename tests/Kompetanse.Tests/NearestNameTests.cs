using Kompetanse.Text;

namespace Kompetanse.Tests;

public class NearestNameTests
{
    private static readonly string[] Roles = ["ppt", "pbl", "ks", "barnevernet", "helsestasjonen"];
    private static readonly string[] Keys = ["title", "definition", "aliases", "abbreviation", "related", "description"];

    [Fact]
    public void ExtraCharacter() => Assert.Equal("ppt", NearestName.Find("ppt2", Roles));

    [Fact]
    public void SwappedNeighbours()
    {
        Assert.Equal("title", NearestName.Find("titel", Keys));
        Assert.Equal("barnevernet", NearestName.Find("barnevrenet", Roles));
    }

    [Fact]
    public void MissingAndWrongLetters()
    {
        Assert.Equal("definition", NearestName.Find("defintion", Keys));
        Assert.Equal("helsestasjonen", NearestName.Find("helsestasjon", Roles));
    }

    [Fact]
    public void IgnoresCase() => Assert.Equal("title", NearestName.Find("Title", Keys));

    [Fact]
    public void NothingCloseIsNull()
    {
        Assert.Null(NearestName.Find("xyzzy", Keys));
        Assert.Null(NearestName.Find("kommunalsjef", Roles));
    }

    [Fact]
    public void NoCandidatesIsNull() => Assert.Null(NearestName.Find("title", []));

    [Fact]
    public void Hint()
    {
        Assert.Equal(" (did you mean 'title'?)", NearestName.Hint("titel", Keys));
        Assert.Equal("", NearestName.Hint("xyzzy", Keys));
    }
}
