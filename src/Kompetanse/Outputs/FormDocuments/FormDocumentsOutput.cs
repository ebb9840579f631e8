using Kompetanse.Model;
using Kompetanse.Outputs.FormDocuments;

namespace Kompetanse.Outputs;

/// <summary>Next to each form page: the form as an editable document, ODT for LibreOffice and DOCX for Word.</summary>
public sealed class FormDocumentsOutput : IOutputModule
{
    public string Name => "form-documents";

    public static string OdtUrl(QuestionSet form) => $"{form.Url}{form.Slug}.odt";
    public static string DocxUrl(QuestionSet form) => $"{form.Url}{form.Slug}.docx";

    public void Produce(BuildContext context, OutputSink sink)
    {
        string municipality = context.Site.Settings.Municipality;
        Parallel.ForEach(context.Site.Forms, model =>
        {
            var form = model.Form;
            sink.Add(new OutputFile(OdtUrl(form).TrimStart('/'), OdtFormWriter.Write(form, municipality), form.Location));
            sink.Add(new OutputFile(DocxUrl(form).TrimStart('/'), DocxFormWriter.Write(form, municipality), form.Location));
        });
    }
}
