package jp.mgp.ui;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import jp.mgp.model.SourceRef;

/**
 * The fields of a full citation: publisher, document, date, page or table, URL and the quoted words. Empty fields
 * make no citation at all (the figure is then the user's assumption); what the seed files add (the deck that
 * quotes the figure, the seed file and line) is kept from the citation being edited.
 */
final class CitationFields {

    final TextField publisher;
    final TextField document;
    final TextField date;
    final TextField page;
    final TextField url;
    final TextArea quote = new TextArea();
    final FieldRefusal publisherRefusal;
    private final SourceRef was;

    /** @param prefix the fields' id prefix; {@code was} the citation to start from, or null */
    CitationFields(String prefix, SourceRef was) {
        this.was = was;
        publisher = FormRows.field(prefix + "Publisher", was == null ? "" : was.publisher());
        document = FormRows.field(prefix + "Document", was == null ? "" : was.document());
        date = FormRows.field(prefix + "Date", was == null ? "" : was.date());
        page = FormRows.field(prefix + "Page", was == null ? "" : was.page());
        url = FormRows.field(prefix + "Url", was == null ? "" : was.url());
        quote.setId(prefix + "Quote");
        quote.setText(was == null ? "" : was.quote());
        quote.setPrefRowCount(2);
        quote.setWrapText(true);
        publisherRefusal = FormRows.refusal(publisher);
        date.setPromptText("2025-03");
        page.setPromptText("p. 12");
        url.setPromptText("https://");
    }

    void addTo(FormRows rows) {
        rows.add("citation.publisher", publisher, publisherRefusal);
        rows.add("citation.document", document, null);
        rows.add("citation.date", date, null);
        rows.add("citation.page", page, null);
        rows.add("citation.url", url, null);
        rows.add("citation.quote", quote, null);
    }

    /** The citation filled in, or null when every field is empty. */
    SourceRef citation() {
        SourceRef typed = new SourceRef(publisher.getText().strip(), document.getText().strip(),
                was == null ? "" : was.via(), was == null ? "" : was.seed(), was == null ? 0 : was.line(),
                quote.getText().strip(), date.getText(), page.getText(), url.getText(),
                // The English names and titles are not in the fields: they stay as the file gave them.
                was == null ? "" : was.publisherEn(), was == null ? "" : was.documentEn(), was == null ? "" : was.viaEn());
        return typed.isBlank() ? null : typed;
    }

    /** True when the fields say something other than the citation started from. */
    boolean changed() {
        SourceRef now = citation();
        return now == null ? was != null : !now.equals(was);
    }
}
