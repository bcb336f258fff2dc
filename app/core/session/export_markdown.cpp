// SPDX-License-Identifier: EUPL-1.2
// The Markdown export, built as a CommonMark tree with libcmark's node API and rendered by cmark,
// so every text people typed (an agreement, a note, initials) comes out as typed: a '*', '<b>' or
// '<script>' in it is escaped by the renderer, never read as markup. No tables (CommonMark has
// none): the agreements are a list with their details nested under each.
#include <cmark.h>

#include <cstdlib>
#include <memory>

#include "session/export.h"

namespace hr::session {

namespace {

using NodePtr = cmark_node*;

// The text with its line breaks kept as hard breaks; a carriage return counts as a line break.
NodePtr appendText(NodePtr parent, const std::string& text) {
    std::string line;
    auto flush = [&] {
        NodePtr t = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(t, line.c_str());
        cmark_node_append_child(parent, t);
        line.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\n' && c != '\r') {
            line += c;
            continue;
        }
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        flush();
        cmark_node_append_child(parent, cmark_node_new(CMARK_NODE_LINEBREAK));
    }
    flush();
    return parent;
}

NodePtr styled(cmark_node_type type, const std::string& text) {
    return appendText(cmark_node_new(type), text);
}

NodePtr paragraph(NodePtr parent) {
    NodePtr p = cmark_node_new(CMARK_NODE_PARAGRAPH);
    cmark_node_append_child(parent, p);
    return p;
}

void heading(NodePtr doc, int level, const std::string& text) {
    NodePtr h = cmark_node_new(CMARK_NODE_HEADING);
    cmark_node_set_heading_level(h, level);
    cmark_node_append_child(doc, appendText(h, text));
}

// "**Label:** value" (or "*Label:* value" when `emphasis` is EMPH) in `p`.
void labelled(NodePtr p, cmark_node_type emphasis, const std::string& label, const std::string& value) {
    cmark_node_append_child(p, styled(emphasis, label + ":"));
    appendText(p, " " + value);
}

NodePtr list(NodePtr parent) {
    NodePtr l = cmark_node_new(CMARK_NODE_LIST);
    cmark_node_set_list_type(l, CMARK_BULLET_LIST);
    cmark_node_set_list_tight(l, 1);
    cmark_node_append_child(parent, l);
    return l;
}

// A list item whose first paragraph holds `text`; returns the item, for a nested list.
NodePtr item(NodePtr l, const std::string& text) {
    NodePtr i = cmark_node_new(CMARK_NODE_ITEM);
    cmark_node_append_child(l, i);
    appendText(paragraph(i), text);
    return i;
}

void labelledItem(NodePtr l, const std::string& label, const std::string& value) {
    NodePtr i = cmark_node_new(CMARK_NODE_ITEM);
    cmark_node_append_child(l, i);
    labelled(paragraph(i), CMARK_NODE_EMPH, label, value);
}

// The guide's own Markdown (a plan step's text), parsed and moved in as blocks. Raw HTML in it
// stays as the guide wrote it: the guide is the institution's, not a person's typing.
void guideMarkdown(NodePtr doc, const std::string& md) {
    NodePtr parsed = cmark_parse_document(md.c_str(), md.size(), CMARK_OPT_DEFAULT);
    while (NodePtr child = cmark_node_first_child(parsed)) {
        cmark_node_unlink(child);
        cmark_node_append_child(doc, child);
    }
    cmark_node_free(parsed);
}

void metaLines(NodePtr doc, const Summary& s, const i18n::Strings& tr) {
    std::vector<std::pair<std::string, std::string>> rows;
    if (!s.trackTitle.empty()) rows.emplace_back(tr("export.track"), s.trackTitle);
    if (!s.participants.empty()) rows.emplace_back(tr("export.participants"), s.participants);
    if (!s.followUpOf.empty()) rows.emplace_back(tr("export.follow_up_of"), s.followUpOf);
    if (rows.empty()) return;
    NodePtr p = paragraph(doc);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i) cmark_node_append_child(p, cmark_node_new(CMARK_NODE_LINEBREAK));
        labelled(p, CMARK_NODE_STRONG, rows[i].first, rows[i].second);
    }
}

void reviews(NodePtr doc, const Summary& s, const i18n::Strings& tr) {
    if (s.reviews.empty()) return;
    heading(doc, 2, tr("export.earlier_agreements"));
    NodePtr l = list(doc);
    for (const auto& [text, outcome] : s.reviews) {
        NodePtr i = item(l, text);
        if (!outcome.empty()) labelledItem(list(i), tr("export.outcome"), outcome);
    }
}

void topics(NodePtr doc, const Summary& s, const content::Guide* g, const i18n::Strings& tr) {
    heading(doc, 2, s.headings.topics);
    if (s.topics.empty()) appendText(paragraph(doc), noTopicsText(g, tr));
    NodePtr l = s.plan ? nullptr : list(doc);
    for (const auto& t : s.topics) {
        // Under a list item the answer and note are a nested list; in a plan, paragraphs.
        NodePtr extras = nullptr;
        if (s.plan) {
            heading(doc, 3, t.title);
            if (!t.text.empty()) guideMarkdown(doc, t.text);
        } else if (!t.answer.empty() || !t.note.empty()) {
            extras = list(item(l, t.title));
        } else {
            item(l, t.title);
        }
        for (const auto& [key, value] : {std::pair{"export.answer", &t.answer}, std::pair{"export.note", &t.note}}) {
            if (value->empty()) continue;
            if (extras)
                labelledItem(extras, tr(key), *value);
            else
                labelled(paragraph(doc), CMARK_NODE_EMPH, tr(key), *value);
        }
    }
    if (l && !cmark_node_first_child(l)) cmark_node_free(l);  // an empty list renders as nothing useful
}

void agreements(NodePtr doc, const Summary& s, const i18n::Strings& tr) {
    heading(doc, 2, s.headings.agreements);
    if (s.agreements.empty()) {
        appendText(paragraph(doc), tr("export.no_agreements"));
        return;
    }
    NodePtr l = list(doc);
    for (const auto& a : s.agreements) {
        NodePtr details = list(item(l, a.what));
        labelledItem(details, tr("export.who"), a.who);
        if (!a.due.empty()) labelledItem(details, tr("export.when"), a.due);
        if (!a.evaluate.empty()) labelledItem(details, tr("export.evaluate"), a.evaluate);
    }
}

}  // namespace

std::string exportMarkdown(const Record& r, const content::Guide* g, const i18n::Strings& tr, const ExportOptions& o) {
    const Summary s = summarise(r, g, tr, o);
    std::unique_ptr<cmark_node, void (*)(cmark_node*)> doc(cmark_node_new(CMARK_NODE_DOCUMENT), cmark_node_free);
    NodePtr mark = cmark_node_new(CMARK_NODE_HTML_BLOCK);
    cmark_node_set_literal(mark, (markText(ExportFormat::Markdown, s.mark) + "\n").c_str());
    cmark_node_append_child(doc.get(), mark);
    heading(doc.get(), 1, s.title);
    metaLines(doc.get(), s, tr);
    reviews(doc.get(), s, tr);
    topics(doc.get(), s, g, tr);
    agreements(doc.get(), s, tr);
    heading(doc.get(), 2, s.headings.next);
    appendText(paragraph(doc.get()), s.next.empty() ? tr("export.no_next") : s.next);
    cmark_node_append_child(doc.get(), cmark_node_new(CMARK_NODE_THEMATIC_BREAK));
    appendText(paragraph(doc.get()), s.keep);
    char* md = cmark_render_commonmark(doc.get(), CMARK_OPT_DEFAULT, 0);
    std::string out = md ? md : "";
    std::free(md);
    return out;
}

}  // namespace hr::session
