// ParseHtml: an HTML page → UTF-8 text laid out as blocks, with markup hints for the clean stage.
//
// The page is decoded (BOM, then the declared charset, then <meta>), parsed with gumbo, and
// walked without recursion (deeply nested pages cannot overflow the stack). The title (or the
// first <h1> when there is no title) comes first; every block-level element, <br> and <pre> line
// starts a new block; blocks are joined by "\n" in doc.text.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "read/charset.h"
#include "read/reader.h"

namespace entente {
namespace {

// Class or id fragments that mark page furniture.
constexpr std::array<std::string_view, 10> kFurnitureWords = {
    "comment", "share",      "social", "related", "subscribe",
    "cookie",  "breadcrumb", "menu",   "sidebar", "footer"};

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the whitespace (ASCII or U+00A0) at s[i], 0 if none.
size_t SpaceAt(std::string_view s, size_t i) {
  if (IsSpaceByte(s[i])) return 1;
  if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
  return 0;
}

const GumboVector& Children(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// Elements whose content is never text of the page.
bool IsSkipped(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  const GumboElement& el = node->v.element;
  if (el.tag_namespace != GUMBO_NAMESPACE_HTML) return true;  // svg, math
  switch (el.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

bool AttributeHasFurnitureWord(const GumboElement& el, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&el.attributes, name);
  if (!attr) return false;
  std::string value(attr->value);
  for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::any_of(kFurnitureWords.begin(), kFurnitureWords.end(),
                     [&](std::string_view w) { return value.find(w) != std::string::npos; });
}

// The first element in `root`'s subtree with `tag` (HTML namespace, outside skipped elements).
const GumboNode* FindFirst(const GumboNode* root, GumboTag tag, bool look_inside_skipped) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_DOCUMENT && !IsElement(node)) continue;
    if (IsElement(node)) {
      const GumboElement& el = node->v.element;
      if (el.tag == tag && el.tag_namespace == GUMBO_NAMESPACE_HTML &&
          node->type == GUMBO_NODE_ELEMENT) {
        return node;
      }
      if (!look_inside_skipped && IsSkipped(node)) continue;
    }
    const GumboVector& kids = Children(node);
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<GumboNode*>(kids.data[i]));
  }
  return nullptr;
}

// A <header> is furniture unless it belongs to the article: inside <article>/<main>, or holding
// an <h1> and no <nav>.
bool IsFurnitureHeader(const GumboNode* node, bool inside_article) {
  if (inside_article) return false;
  return !FindFirst(node, GUMBO_TAG_H1, false) || FindFirst(node, GUMBO_TAG_NAV, false);
}

// Gumbo's tree building slows down quadratically with nesting depth, so pages that nest beyond
// any real layout are refused before parsing.
constexpr int kMaxNesting = 2000;

bool IsVoidOrAutoClosed(std::string_view tag) {
  static constexpr std::array<std::string_view, 22> kTags = {
      "area",   "base",  "br",  "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "p",   "li",    "dt", "dd",  "tr",    "td",   "th",   "option"};
  return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

// An upper estimate of the element nesting depth: open tags minus close tags, not counting void
// and auto-closed elements, comments, or the contents of script and style.
int EstimateNesting(std::string_view html) {
  int depth = 0, max_depth = 0;
  size_t i = 0;
  std::string tag;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    ++i;
    if (html.substr(i).starts_with("!--")) {
      i = html.find("-->", i);
      if (i == std::string_view::npos) break;
      continue;
    }
    bool closing = i < html.size() && html[i] == '/';
    if (closing) ++i;
    tag.clear();
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i])) &&
           tag.size() < 16) {
      tag += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
    }
    if (tag.empty() || IsVoidOrAutoClosed(tag)) continue;
    if (closing) {
      depth = std::max(0, depth - 1);
      continue;
    }
    size_t end = html.find('>', i);
    if (end == std::string_view::npos) break;
    if (html[end - 1] == '/') continue;  // <x/>
    max_depth = std::max(max_depth, ++depth);
    if (tag == "script" || tag == "style") {
      size_t close = html.find("</" + tag, end);  // gumbo lower-cases; close tags are usually so
      if (close == std::string_view::npos) break;
      i = close;
    }
  }
  return max_depth;
}

class Extractor {
 public:
  explicit Extractor(Doc& doc) : doc_(doc) {}

  // Adds the title block: <title>, else the first <h1> (which the walk then leaves out).
  void AddTitle(const GumboNode* root) {
    const GumboNode* title = FindFirst(root, GUMBO_TAG_TITLE, true);
    if (title) CollectText(title);
    if (cur_.empty()) {
      const GumboNode* h1 = FindFirst(root, GUMBO_TAG_H1, false);
      if (h1) {
        CollectText(h1);
        if (!cur_.empty()) skip_ = h1;
      }
    }
    link_bytes_ = 0;
    Flush(/*is_title=*/true);
  }

  // Adds one block per block-level element under `root`.
  void Walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next;
      Context ctx;
      bool block;
    };
    std::vector<Frame> stack;
    stack.push_back({root, 0, Context{}, true});
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector& kids = Children(top.node);
      if (top.next == kids.length) {
        bool was_block = top.block;
        stack.pop_back();
        if (was_block) {
          Flush(false);
          if (!stack.empty()) furniture_ = stack.back().ctx.furniture;
          heading_ = false;
        }
        continue;
      }
      const GumboNode* child = static_cast<const GumboNode*>(kids.data[top.next++]);
      Context ctx = top.ctx;
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
          child->type == GUMBO_NODE_CDATA) {
        AppendText(child->v.text.text, ctx);
        continue;
      }
      if (!IsElement(child) || child == skip_ || IsSkipped(child)) continue;
      const GumboElement& el = child->v.element;
      if (el.tag == GUMBO_TAG_BR) {
        Flush(false);
        continue;
      }
      switch (el.tag) {
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_MENU:
          ctx.furniture = true;
          break;
        case GUMBO_TAG_HEADER:
          if (IsFurnitureHeader(child, ctx.in_article)) ctx.furniture = true;
          break;
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN:
          ctx.in_article = true;
          break;
        case GUMBO_TAG_A:
          ctx.in_link = true;
          break;
        case GUMBO_TAG_PRE:
          ctx.in_pre = true;
          break;
        default:
          break;
      }
      if (!ctx.furniture &&
          (AttributeHasFurnitureWord(el, "class") || AttributeHasFurnitureWord(el, "id"))) {
        ctx.furniture = true;
      }
      bool block = IsBlock(el.tag);
      if (block) {
        Flush(false);
        furniture_ = ctx.furniture;
        heading_ = el.tag == GUMBO_TAG_H1 || el.tag == GUMBO_TAG_H2 || el.tag == GUMBO_TAG_H3;
      }
      stack.push_back({child, 0, ctx, block});
    }
    Flush(false);
  }

 private:
  struct Context {
    bool furniture = false;
    bool in_link = false;
    bool in_pre = false;
    bool in_article = false;
  };

  // Appends text to the current block, collapsing whitespace; in <pre>, newlines end blocks.
  void AppendText(std::string_view s, Context ctx) {
    size_t i = 0;
    while (i < s.size()) {
      if (ctx.in_pre && s[i] == '\n') {
        Flush(false);
        ++i;
        continue;
      }
      if (size_t space = SpaceAt(s, i)) {
        if (!cur_.empty()) pending_space_ = true;
        i += space;
        continue;
      }
      size_t j = i + 1;
      while (j < s.size() && !SpaceAt(s, j)) ++j;
      if (pending_space_) {
        cur_ += ' ';
        if (ctx.in_link) ++link_bytes_;
        pending_space_ = false;
      }
      cur_.append(s, i, j - i);
      if (ctx.in_link) link_bytes_ += j - i;
      i = j;
    }
  }

  // Appends the text under `node` (no block breaks) to the current block.
  void CollectText(const GumboNode* node) {
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
          n->type == GUMBO_NODE_CDATA) {
        AppendText(n->v.text.text, Context{});
        continue;
      }
      if (!IsElement(n) || (n != node && IsSkipped(n))) continue;
      if (n->v.element.tag == GUMBO_TAG_BR) pending_space_ = !cur_.empty();
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;)
        stack.push_back(static_cast<GumboNode*>(kids.data[i]));
    }
  }

  // Ends the current block, if it has text.
  void Flush(bool is_title) {
    pending_space_ = false;
    if (cur_.empty()) return;
    if (!doc_.text.empty()) doc_.text += '\n';
    Block block;
    block.span.begin = static_cast<uint32_t>(doc_.text.size());
    doc_.text += cur_;
    block.span.end = static_cast<uint32_t>(doc_.text.size());
    block.is_title = is_title;
    block.link_density =
        std::min(1.0f, static_cast<float>(link_bytes_) / static_cast<float>(cur_.size()));
    block.in_furniture_element = !is_title && furniture_;
    block.is_heading = !is_title && heading_;
    doc_.blocks.push_back(block);
    cur_.clear();
    link_bytes_ = 0;
  }

  Doc& doc_;
  std::string cur_;        // text of the block being built
  size_t link_bytes_ = 0;  // bytes of cur_ inside <a>
  bool heading_ = false;   // the block being built is an h1–h3
  bool pending_space_ = false;
  bool furniture_ = false;           // the innermost block element is page furniture
  const GumboNode* skip_ = nullptr;  // the <h1> already used as the title
};

}  // namespace

namespace {

constexpr size_t kMetaScanBytes = 4096;

bool HasBom(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") ||
         bytes.starts_with("\xFE\xFF");
}

// Parses UTF-8 `html` and adds its text to `doc`, unless it nests too deeply. When `meta` is
// given, a page whose <meta> declares a charset other than UTF-8 is not extracted: *meta gets
// the label and the caller decodes and comes back.
void ExtractUtf8(std::string_view html, Doc& doc, std::string* meta = nullptr) {
  if (EstimateNesting(html) > kMaxNesting) {
    doc.AddError("too_large", "The page nests its elements more than " +
                                  std::to_string(kMaxNesting) + " deep, too deep to parse.");
    return;
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  std::string label = meta ? read::FindMetaCharset(output->root, kMetaScanBytes) : "";
  if (!label.empty() && !read::IsUtf8CompatibleLabel(label)) {
    *meta = label;
  } else {
    Extractor extractor(doc);
    doc.text_from_markup = true;
    extractor.AddTitle(output->document);
    extractor.Walk(output->root);
    if (doc.text.empty()) doc.AddError("empty", "The page has no text outside scripts and markup.");
  }
  gumbo_destroy_output(&options, output);
}

}  // namespace

void ParseHtml(std::string_view bytes, std::string_view declared_charset,
               const ReadOptions& options, Doc& doc) {
  if (!read::CheckSize(bytes.size(), options.max_doc_bytes, doc)) return;
  std::string charset(declared_charset);
  if (charset.empty() && !HasBom(bytes)) {
    if (read::IsValidUtf8(bytes) && bytes.find('\0') == std::string_view::npos) {
      // The common case, parsed once: UTF-8 bytes whose <meta>, if any, agrees.
      ExtractUtf8(bytes, doc, &charset);
      if (charset.empty()) return;
    } else {
      charset = read::SniffHtmlCharset(bytes);
    }
  }
  std::string html;
  if (!read::DecodeToUtf8(bytes, charset, html, doc)) return;
  ExtractUtf8(html, doc);
}

}  // namespace entente
