// export/graph.cc — the actor graph (Store::Graph) as GraphML and as GEXF 1.3, for Gephi,
// networkx, igraph and the like.
//
// Nodes are the country codes on the edges (RUS, IGO:UN, REG:WEST), with `label` (the English
// name of the code's entity in the store, else the data pack's, else the code) and `kind`
// (state, igo, region, …). Edges are undirected, one per pair, with:
//   events, cooperation, conflict, documents, sources   as Store::Graph counts them;
//   alliance_index   Σ goldstein·n / Σ |goldstein|·n over the pair's CAMEO codes (kb/cameo),
//                    −1 all conflict … +1 all cooperation: the server's definition;
//   one count per PLOVER type (AGREE … ASSAULT), 0 when the pair has none;
//   weight           = events (what Gephi sizes edges by).
#include <set>

#include "export/export.h"
#include "export/internal.h"

namespace entente::exporting {
namespace {

struct Node {
  std::string id, label, kind;
};

struct GraphData {
  std::vector<Node> nodes;
  std::vector<GraphEdge> edges;
  std::vector<std::string> types;  // PLOVER types, one count attribute each
};

Expected<GraphData> Load(Store& store, const Reference& kb, const EventFilter& filter) {
  auto edges = store.Graph(filter);
  if (!edges) return edges.error();
  GraphData g;
  g.edges = std::move(*edges);
  std::set<std::string> codes;
  std::set<std::string> types(kb.PloverTypes().begin(), kb.PloverTypes().end());
  for (const GraphEdge& e : g.edges) {
    codes.insert(e.a);
    codes.insert(e.b);
    for (const auto& [type, n] : e.by_type) types.insert(type);
  }
  types.erase("");
  g.types.assign(types.begin(), types.end());
  for (const std::string& code : codes) {
    auto found = store.FindEntities({code});
    if (!found) return found.error();
    Node n{code, "", ""};
    if (!found->empty()) n.label = found->front().name, n.kind = found->front().kind;
    if (n.label.empty()) n.label = kb.CodeName(code);
    if (n.label.empty()) n.label = code;
    if (n.kind.empty()) {  // not in the store: by the code's form, or the pack's state names
      n.kind = code.rfind("IGO:", 0) == 0   ? "igo"
               : code.rfind("REG:", 0) == 0 ? "region"
               : kb.CodeName(code).empty()  ? "other"
                                            : "state";
    }
    g.nodes.push_back(std::move(n));
  }
  return g;
}

// An edge's attributes, in declaration order: name, GraphML type, GEXF type, value.
struct Attr {
  std::string name;
  const char* graphml_type;
  const char* gexf_type;
  std::string value;
};

std::vector<Attr> EdgeAttrs(const GraphEdge& e, const GraphData& g, const Reference& kb) {
  std::vector<Attr> a = {
      {"events", "int", "integer", std::to_string(e.events)},
      {"cooperation", "int", "integer", std::to_string(e.cooperation)},
      {"conflict", "int", "integer", std::to_string(e.conflict)},
      {"documents", "int", "integer", std::to_string(e.documents)},
      {"sources", "int", "integer", std::to_string(e.sources)},
      {"alliance_index", "double", "double", Number(kb.BalanceOf(e.by_cameo).alliance_index, 3)},
  };
  for (const std::string& type : g.types) {
    auto it = e.by_type.find(type);
    a.push_back({type, "int", "integer", std::to_string(it == e.by_type.end() ? 0 : it->second)});
  }
  return a;
}

// The attribute list for declarations (values of an empty edge).
std::vector<Attr> EdgeAttrDecls(const GraphData& g, const Reference& kb) {
  return EdgeAttrs(GraphEdge{}, g, kb);
}

}  // namespace

Status WriteGraphml(Store& store, const Reference& kb, const EventFilter& filter,
                    std::ostream& out) {
  auto g = Load(store, kb, filter);
  if (!g) return g.error();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
         "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
  const std::vector<Attr> decls = EdgeAttrDecls(*g, kb);
  for (size_t i = 0; i < decls.size(); ++i) {
    out << "  <key id=\"k" << i << "\" for=\"edge\" attr.name=\"" << XmlEscape(decls[i].name)
        << "\" attr.type=\"" << decls[i].graphml_type << "\"/>\n";
  }
  out << "  <graph id=\"entente\" edgedefault=\"undirected\">\n";
  for (const Node& n : g->nodes) {
    out << "    <node id=\"" << XmlEscape(n.id) << "\"><data key=\"label\">" << XmlEscape(n.label)
        << "</data><data key=\"kind\">" << XmlEscape(n.kind) << "</data></node>\n";
  }
  for (size_t i = 0; i < g->edges.size(); ++i) {
    const GraphEdge& e = g->edges[i];
    out << "    <edge id=\"e" << i << "\" source=\"" << XmlEscape(e.a) << "\" target=\""
        << XmlEscape(e.b) << "\">\n      <data key=\"weight\">" << e.events << "</data>";
    const std::vector<Attr> attrs = EdgeAttrs(e, *g, kb);
    for (size_t k = 0; k < attrs.size(); ++k) {
      out << "<data key=\"k" << k << "\">" << attrs[k].value << "</data>";
    }
    out << "\n    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  return Status();
}

Status WriteGexf(Store& store, const Reference& kb, const EventFilter& filter, std::ostream& out) {
  auto g = Load(store, kb, filter);
  if (!g) return g.error();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
         "    version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>entente</creator>\n"
         "    <description>actor graph: who sided with whom in the stored news events"
         "</description>\n"
         "  </meta>\n"
         "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
         "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\" mode=\"static\">\n";
  const std::vector<Attr> decls = EdgeAttrDecls(*g, kb);
  for (size_t i = 0; i < decls.size(); ++i) {
    out << "      <attribute id=\"" << i << "\" title=\"" << XmlEscape(decls[i].name)
        << "\" type=\"" << decls[i].gexf_type << "\"/>\n";
  }
  out << "    </attributes>\n    <nodes>\n";
  for (const Node& n : g->nodes) {
    out << "      <node id=\"" << XmlEscape(n.id) << "\" label=\"" << XmlEscape(n.label)
        << "\"><attvalues><attvalue for=\"kind\" value=\"" << XmlEscape(n.kind)
        << "\"/></attvalues></node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (size_t i = 0; i < g->edges.size(); ++i) {
    const GraphEdge& e = g->edges[i];
    out << "      <edge id=\"" << i << "\" source=\"" << XmlEscape(e.a) << "\" target=\""
        << XmlEscape(e.b) << "\" weight=\"" << e.events << "\">\n        <attvalues>";
    const std::vector<Attr> attrs = EdgeAttrs(e, *g, kb);
    for (size_t k = 0; k < attrs.size(); ++k) {
      out << "<attvalue for=\"" << k << "\" value=\"" << attrs[k].value << "\"/>";
    }
    out << "</attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return Status();
}

}  // namespace entente::exporting
