using Kompetanse.Outputs.FormDocuments;

namespace Kompetanse.Tests.FormDocuments;

public class SampleFilesTests
{
    /// <summary>
    /// Writes the sample form as .docx and .odt to the folder named by KOMPETANSE_FORMDOCS_OUT, to open or
    /// render by hand (soffice --headless --convert-to pdf). Does nothing when the variable is not set.
    /// </summary>
    [Fact]
    public void WritesSamplesWhenAskedTo()
    {
        string? folder = Environment.GetEnvironmentVariable("KOMPETANSE_FORMDOCS_OUT");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        var form = SampleForm.Create();
        File.WriteAllBytes(Path.Combine(folder, "kartlegging.docx"), DocxFormWriter.Write(form, SampleForm.Municipality));
        File.WriteAllBytes(Path.Combine(folder, "kartlegging.odt"), OdtFormWriter.Write(form, SampleForm.Municipality));
    }
}
