using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>The build installs only the packages the site ships, as the lock file pins them, without source maps.</summary>
public sealed class ThemePackagesTests
{
    [Fact]
    public void OnlyThePackagesTheSiteShipsArePinned_NeverTheToolsForLocalEditing()
    {
        var packages = ThemePackages.Pinned(RepoPaths.Theme);

        Assert.Equal(["@digdir/designsystemet-css", "decap-cms", "fflate"], packages.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(packages, p => Assert.StartsWith("sha512-", p.Integrity));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Theme, "tools", "package.json")), "decap-server has its own package set");
        Assert.Contains("decap-server", File.ReadAllText(Path.Combine(RepoPaths.Theme, "tools", "package.json")));
    }

    [Fact]
    public void ATarballIsUnpackedWithoutItsSourceMapsOrReadmeAndOnlyWhenItsIntegrityMatches()
    {
        using var work = new TempFolder("theme-packages");
        string tarball = work.Combine("example-1.0.0.tgz");
        using (var file = File.Create(tarball))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            foreach (string name in new[] { "package/package.json", "package/README.md", "package/dist/bundle.js", "package/dist/bundle.js.map" })
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream("x"u8.ToArray()) });
        }
        string integrity = "sha512-" + Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(tarball)));
        string folder = work.Combine("node_modules/example");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "left-over.js"), "old");

        Assert.True(ThemePackages.IntegrityMatches(tarball, integrity));
        Assert.False(ThemePackages.IntegrityMatches(tarball, "sha512-" + Convert.ToBase64String(new byte[64])));
        ThemePackages.Unpack(tarball, folder);

        Assert.Equal(["dist/bundle.js", "package.json"],
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ATarballWithAFileOutsideItsFolderIsRefused()
    {
        using var work = new TempFolder("theme-packages");
        string tarball = work.Combine("evil-1.0.0.tgz");
        using (var file = File.Create(tarball))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "package/../../escaped.js") { DataStream = new MemoryStream("x"u8.ToArray()) });

        Assert.Throws<InvalidDataException>(() => ThemePackages.Unpack(tarball, work.Combine("node_modules/evil")));
        Assert.False(File.Exists(work.Combine("escaped.js")));
    }

    [Fact]
    public void WhatIsInstalledIsTheLockedSet()
    {
        string marker = File.ReadAllText(Path.Combine(RepoPaths.Theme, "node_modules", ThemePackages.Marker));

        foreach (var package in ThemePackages.Pinned(RepoPaths.Theme))
            Assert.Contains($"{package.Name}@{package.Version} {package.Integrity}\n", marker);
        Assert.Empty(Directory.GetFiles(Path.Combine(RepoPaths.Theme, "node_modules", "decap-cms"), "*.map", SearchOption.AllDirectories));
    }
}
