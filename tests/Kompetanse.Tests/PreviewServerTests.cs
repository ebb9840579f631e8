using System.Net;
using Kompetanse.Cli.Preview;
using Kompetanse.Netlify;
using Kompetanse.Preview;
using Kompetanse.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetanse.Tests;

/// <summary>The preview web server: only requests addressed to this machine, with Netlify's own headers.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly TestSite _site = new TestSite().Concept("vurdering", "Vurdering");
    private PreviewSession? _session;
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _session = new PreviewSession(_site.Options(write: false));
        _session.Rebuild();
        _app = new PreviewServer(_session).Create(IPAddress.Loopback, 0);
        await _app.StartAsync();
        _address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _session?.Dispose();
        _site.Dispose();
    }

    private async Task<HttpResponseMessage> Get(string path, string? host = null)
    {
        using var client = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_address, path));
        if (host is not null) request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_request_for_another_host_name_is_refused(string host)
    {
        using var response = await Get("/begreper/vurdering/", host);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Vurdering", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("localhost:5080")]
    [InlineData("[::1]:5080")]
    public async Task Requests_addressed_to_this_machine_are_served(string? host)
    {
        using var response = await Get("/begreper/vurdering/", host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/begreper/vurdering/")]
    [InlineData("/assets/site.css")]
    [InlineData("/finnes-ikke/")]
    public async Task Every_response_carries_the_headers_the_builds_headers_file_gives_its_path(string path)
    {
        using var response = await Get(path);

        var expected = _session!.State.Site.Headers.For(path);
        Assert.NotEmpty(expected);
        foreach (var (name, value) in expected)
            Assert.Equal(value, string.Join(", ", response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.GetValues(name)));
    }
}
