// make_store — writes a synthetic but realistic entente store for load tests of `entente serve`.
//
//   make_store OUT.db|STORE_URL [--events N] [--seed S] [--cameo PATH] [--force]
//
// Prints documents/s and records/s written (generation included; it is a small part), which
// bench/cluster_bench.sh uses to measure the ClickHouse store's inserts.
//
// The store goes through the public Store API, 500 documents per Write(), so it is exactly what
// `entente ingest` would leave behind for such documents. What it looks like:
// - ~150 states (ISO 3166-1 alpha-3, English names) and 6 IGOs, drawn Zipf-like (a few countries
//   in most events, a long tail), plus a few people per prominent country ("p:gen_<n>", kind
//   "person"); states are entities "state:<ISO3>", IGOs "igo:<ABBR>".
// - About half the events come from hot dyads (RUS–UKR, ISR–PSE, USA–CHN, ...) with their own
//   type profiles and start dates (RUS–UKR fighting from 2022-02-24, ISR–PSE from 2023-10-07),
//   the rest from Zipf × Zipf pairs with general PLOVER type shares; a document's later events
//   tend to stay with its first event's pair.
// - Documents of 3–8 sentences (more when needed), 1–5 events each (~3 on average), 12
//   languages, 80 fictional outlets, publication dates 2022-01-01 … 2026-06-30 (busier around
//   2022-02 and 2023-10), event dates on or a few days before publication.
// - Text from per-language sentence templates; every span (actors, trigger, sentence, mentions,
//   body) is a byte range of Doc::text inside its sentence, and the text is UTF-8.
// - CAMEO codes come from a small per-type table of (code, trigger) pairs, each checked against
//   data/kb/cameo.tsv at run time (code known, PLOVER type matching); the mode comes from there.
// The same seed and N give the same store (own PRNG, no std:: distributions).
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "entente/doc.h"
#include "store/store.h"

#ifndef ENTENTE_SOURCE_DIR
#define ENTENTE_SOURCE_DIR "."
#endif

namespace {

using entente::Doc;
using entente::Entity;
using entente::Event;
using entente::Modality;
using entente::Span;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: xoshiro256** seeded through splitmix64.

class Rng {
 public:
  explicit Rng(uint64_t seed) {
    for (auto& s : s_) {
      seed += 0x9e3779b97f4a7c15ULL;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      s = z ^ (z >> 31);
    }
  }
  uint64_t Next() {
    const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }  // [0, 1)
  size_t Below(size_t n) { return static_cast<size_t>(Uniform() * static_cast<double>(n)); }
  bool Chance(double p) { return Uniform() < p; }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

// Picks an index with probability proportional to its weight (cumulative table, binary search).
class Weighted {
 public:
  Weighted() = default;
  explicit Weighted(const std::vector<double>& weights) {
    double sum = 0;
    for (double w : weights) cum_.push_back(sum += w);
  }
  size_t Pick(Rng& rng) const {
    const double x = rng.Uniform() * cum_.back();
    size_t lo = 0, hi = cum_.size() - 1;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (cum_[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
  bool empty() const { return cum_.empty(); }

 private:
  std::vector<double> cum_;
};

// ---------------------------------------------------------------------------------------------
// Languages and their templates.

enum Lang { kEn, kUk, kRu, kDe, kFr, kEs, kPt, kPl, kTr, kAr, kFa, kZh, kLangCount };
constexpr const char* kLangCodes[kLangCount] = {"en", "uk", "ru", "de", "fr", "es",
                                                "pt", "pl", "tr", "ar", "fa", "zh"};
// Share of documents per language.
constexpr double kLangShare[kLangCount] = {25, 12, 12, 7, 7, 7, 5, 5, 5, 6, 4, 5};

// Sentence frames. "{e}" is the event clause; the sentence ends as written.
struct Frames {
  std::vector<const char*> plain;  // asserted (and negated, which this generator does not make)
  const char* reported;
  const char* hedged;
  const char* plan;  // planned, intended
  std::array<const char*, 4> filler;
  const char* sentence_gap;  // between sentences
};

const Frames kFrames[kLangCount] = {
    // en
    {{"{e}.", "On Monday, {e}.", "Earlier this week, {e}."},
     "{e}, local media reported.",
     "It appears that {e}.",
     "According to announced plans, {e}.",
     {"The situation in the region remains tense.", "Officials declined to comment further.",
      "Further talks are expected next week.", "Analysts warned of a possible escalation."},
     " "},
    // uk
    {{"{e}.", "У понеділок {e}.", "Раніше цього тижня {e}."},
     "{e}, повідомляють місцеві ЗМІ.",
     "Схоже, {e}.",
     "Згідно з оголошеними планами, {e}.",
     {"Ситуація в регіоні залишається напруженою.",
      "Офіційні особи відмовилися від подальших коментарів.",
      "Наступного тижня очікуються нові переговори.",
      "Аналітики попередили про можливу ескалацію."},
     " "},
    // ru
    {{"{e}.", "В понедельник {e}.", "Ранее на этой неделе {e}."},
     "{e}, сообщают местные СМИ.",
     "По-видимому, {e}.",
     "Согласно объявленным планам, {e}.",
     {"Ситуация в регионе остаётся напряжённой.",
      "Официальные лица отказались от дальнейших комментариев.",
      "На следующей неделе ожидаются новые переговоры.",
      "Аналитики предупредили о возможной эскалации."},
     " "},
    // de (no fronted adverbials: they would need verb-second inversion)
    {{"{e}."},
     "{e}, berichteten lokale Medien.",
     "{e}, so scheint es.",
     "{e}, so sehen es die angekündigten Pläne vor.",
     {"Die Lage in der Region bleibt angespannt.",
      "Offizielle Stellen lehnten weitere Kommentare ab.",
      "Weitere Gespräche werden für nächste Woche erwartet.",
      "Analysten warnten vor einer möglichen Eskalation."},
     " "},
    // fr
    {{"{e}.", "Lundi, {e}.", "Plus tôt cette semaine, {e}."},
     "{e}, selon les médias locaux.",
     "Il semble que {e}.",
     "Selon les plans annoncés, {e}.",
     {"La situation dans la région reste tendue.",
      "Les responsables ont refusé de commenter davantage.",
      "De nouvelles discussions sont attendues la semaine prochaine.",
      "Des analystes ont mis en garde contre une possible escalade."},
     " "},
    // es
    {{"{e}.", "El lunes, {e}.", "A principios de esta semana, {e}."},
     "{e}, según medios locales.",
     "Al parecer, {e}.",
     "Según los planes anunciados, {e}.",
     {"La situación en la región sigue siendo tensa.",
      "Los funcionarios declinaron hacer más comentarios.",
      "Se esperan nuevas conversaciones la próxima semana.",
      "Los analistas advirtieron de una posible escalada."},
     " "},
    // pt
    {{"{e}.", "Na segunda-feira, {e}.", "No início desta semana, {e}."},
     "{e}, segundo a imprensa local.",
     "Aparentemente, {e}.",
     "Segundo os planos anunciados, {e}.",
     {"A situação na região continua tensa.", "As autoridades recusaram-se a comentar.",
      "Novas conversações são esperadas na próxima semana.",
      "Analistas alertaram para uma possível escalada."},
     " "},
    // pl
    {{"{e}.", "W poniedziałek {e}.", "Na początku tygodnia {e}."},
     "{e}, podają lokalne media.",
     "Najwyraźniej {e}.",
     "Zgodnie z ogłoszonymi planami {e}.",
     {"Sytuacja w regionie pozostaje napięta.", "Urzędnicy odmówili dalszych komentarzy.",
      "Kolejne rozmowy spodziewane są w przyszłym tygodniu.",
      "Analitycy ostrzegli przed możliwą eskalacją."},
     " "},
    // tr
    {{"{e}.", "Pazartesi günü {e}."},
     "Yerel basına göre {e}.",
     "Görünüşe göre {e}.",
     "Açıklanan plana göre {e}.",
     {"Bölgedeki durum gergin olmaya devam ediyor.",
      "Yetkililer daha fazla yorum yapmaktan kaçındı.", "Gelecek hafta yeni görüşmeler bekleniyor.",
      "Analistler olası bir tırmanma konusunda uyardı."},
     " "},
    // ar
    {{"{e}.", "يوم الاثنين، {e}."},
     "{e}، بحسب وسائل إعلام محلية.",
     "يبدو أن {e}.",
     "وفق الخطط المعلنة، {e}.",
     {"لا يزال الوضع في المنطقة متوترا.", "رفض المسؤولون الإدلاء بمزيد من التعليقات.",
      "من المتوقع إجراء محادثات جديدة الأسبوع المقبل.", "حذر محللون من تصعيد محتمل."},
     " "},
    // fa
    {{"{e}.", "روز دوشنبه {e}."},
     "به گزارش رسانه‌های محلی، {e}.",
     "ظاهراً {e}.",
     "طبق برنامه اعلام‌شده، {e}.",
     {"وضعیت در منطقه همچنان متشنج است.", "مقامات از اظهار نظر بیشتر خودداری کردند.",
      "انتظار می‌رود هفته آینده گفتگوهای تازه‌ای "
      "برگزار "
      "شود.",
      "تحلیلگران درباره تشدید احتمالی تنش هشدار دادند."},
     " "},
    // zh
    {{"{e}。", "周一，{e}。"},
     "据当地媒体报道，{e}。",
     "看来，{e}。",
     "根据已宣布的计划，{e}。",
     {"该地区局势依然紧张。", "官员拒绝进一步置评。", "预计下周将举行新一轮会谈。",
      "分析人士警告局势可能升级。"},
     ""},
};

// One way of stating an event: a CAMEO code and, per language, a clause with "{s}" (source),
// "{t}" (target) and the trigger in [brackets].
struct Trigger {
  const char* type;
  const char* cameo;
  std::array<const char*, kLangCount> clause;  // en uk ru de fr es pt pl tr ar fa zh
};

const Trigger kTriggers[] = {
    {"AGREE",
     "036",
     {"{s} [agreed to meet] {t}", "{s} [погодилася на зустріч з] {t}",
      "{s} [согласилась на встречу с] {t}", "{s} [vereinbarte ein Treffen mit] {t}",
      "{s} [a accepté de rencontrer] {t}", "{s} [acordó reunirse con] {t}",
      "{s} [concordou em se reunir com] {t}", "{s} [zgodziła się na spotkanie z] {t}",
      "{s}, {t} ile [görüşmeyi kabul etti]", "[وافقت] {s} على لقاء {t}",
      "{s} با دیدار با {t} [موافقت کرد]", "{s}[同意]与{t}会面"}},
    {"CONSULT",
     "040",
     {"{s} [held talks with] {t}", "{s} [провела переговори з] {t}",
      "{s} [провела переговоры с] {t}", "{s} [führte Gespräche mit] {t}",
      "{s} [a mené des pourparlers avec] {t}", "{s} [mantuvo conversaciones con] {t}",
      "{s} [realizou conversações com] {t}", "{s} [przeprowadziła rozmowy z] {t}",
      "{s}, {t} ile [görüştü]", "[أجرت] {s} محادثات مع {t}", "{s} با {t} [گفتگو کرد]",
      "{s}与{t}[举行会谈]"}},
    {"CONSULT",
     "041",
     {"{s} [spoke by phone with] {t}", "{s} [провела телефонну розмову з] {t}",
      "{s} [провела телефонный разговор с] {t}", "{s} [telefonierte mit] {t}",
      "{s} [s'est entretenu par téléphone avec] {t}", "{s} [habló por teléfono con] {t}",
      "{s} [conversou por telefone com] {t}", "{s} [rozmawiała telefonicznie z] {t}",
      "{s}, {t} ile [telefonda görüştü]", "{s} [أجرت اتصالا هاتفيا مع] {t}",
      "{s} با {t} [تلفنی گفتگو کرد]", "{s}与{t}[通电话]"}},
    {"CONSULT",
     "042",
     {"{s} [visited] {t}", "{s} [відвідала] {t}", "{s} [посетила] {t}", "{s} [besuchte] {t}",
      "{s} [a rendu visite à] {t}", "{s} [visitó] {t}", "{s} [visitou] {t}", "{s} [odwiedziła] {t}",
      "{s}, {t} [ziyaret etti]", "{s} [زارت] {t}", "{s} از {t} [دیدار کرد]", "{s}[访问]{t}"}},
    {"SUPPORT",
     "051",
     {"{s} [praised] {t}", "{s} [похвалила] {t}", "{s} [похвалила] {t}", "{s} [lobte] {t}",
      "{s} [a salué] {t}", "{s} [elogió a] {t}", "{s} [elogiou] {t}", "{s} [pochwaliła] {t}",
      "{s}, {t} yönetimini [övdü]", "{s} [أشادت] بموقف {t}", "{s} از {t} [تمجید کرد]",
      "{s}[赞扬]{t}"}},
    {"SUPPORT",
     "057",
     {"{s} [signed an agreement with] {t}", "{s} [підписала угоду з] {t}",
      "{s} [подписала соглашение с] {t}", "{s} [unterzeichnete ein Abkommen mit] {t}",
      "{s} [a signé un accord avec] {t}", "{s} [firmó un acuerdo con] {t}",
      "{s} [assinou um acordo com] {t}", "{s} [podpisała umowę z] {t}",
      "{s}, {t} ile [anlaşma imzaladı]", "{s} [وقعت اتفاقية مع] {t}",
      "{s} با {t} [توافقنامه امضا کرد]", "{s}与{t}[签署协议]"}},
    {"CONCEDE",
     "084",
     {"{s} [released prisoners to] {t}", "{s} [передала полонених] {t}",
      "{s} [передала пленных] {t}", "{s} [übergab Gefangene an] {t}",
      "{s} [a libéré des prisonniers de] {t}", "{s} [liberó a prisioneros de] {t}",
      "{s} [libertou prisioneiros de] {t}", "{s} [uwolniła jeńców z] {t}",
      "{s}, {t} [esirlerini serbest bıraktı]", "{s} [أفرجت عن أسرى] {t}",
      "{s} اسرای {t} را [آزاد کرد]", "{s}[释放了]{t}的囚犯"}},
    {"COOPERATE",
     "061",
     {"{s} [expanded trade with] {t}", "{s} [розширила торгівлю з] {t}",
      "{s} [расширила торговлю с] {t}", "{s} [vereinbarte mehr Handel mit] {t}",
      "{s} [a renforcé ses échanges commerciaux avec] {t}", "{s} [amplió el comercio con] {t}",
      "{s} [ampliou o comércio com] {t}", "{s} [rozszerzyła handel z] {t}",
      "{s}, {t} ile [ticareti genişletti]", "{s} [وسعت التجارة مع] {t}",
      "{s} تجارت با {t} را [گسترش داد]", "{s}[扩大]与{t}的贸易"}},
    {"COOPERATE",
     "062",
     {"{s} [held joint military drills with] {t}", "{s} [провела спільні навчання з] {t}",
      "{s} [провела совместные учения с] {t}", "{s} [hielt gemeinsame Manöver mit] {t} ab",
      "{s} [a mené des exercices militaires conjoints avec] {t}",
      "{s} [realizó maniobras militares conjuntas con] {t}",
      "{s} [realizou exercícios militares conjuntos com] {t}",
      "{s} [przeprowadziła wspólne ćwiczenia z] {t}", "{s}, {t} ile [ortak tatbikat yaptı]",
      "{s} [أجرت مناورات عسكرية مشتركة مع] {t}", "{s} با {t} [رزمایش مشترک برگزار کرد]",
      "{s}与{t}[举行联合军演]"}},
    {"AID",
     "072",
     {"{s} [sent weapons to] {t}", "{s} [передала зброю] {t}", "{s} [передала оружие] {t}",
      "{s} [lieferte Waffen an] {t}", "{s} [a livré des armes à] {t}", "{s} [envió armas a] {t}",
      "{s} [enviou armas para] {t}", "{s} [przekazała broń] {t}",
      "{s}, {t} yönetimine [silah gönderdi]", "{s} [أرسلت أسلحة إلى] {t}",
      "{s} به {t} [سلاح ارسال کرد]", "{s}向{t}[提供武器]"}},
    {"AID",
     "073",
     {"{s} [sent humanitarian aid to] {t}", "{s} [надіслала гуманітарну допомогу] {t}",
      "{s} [направила гуманитарную помощь] {t}", "{s} [schickte humanitäre Hilfe nach] {t}",
      "{s} [a envoyé une aide humanitaire à] {t}", "{s} [envió ayuda humanitaria a] {t}",
      "{s} [enviou ajuda humanitária para] {t}", "{s} [wysłała pomoc humanitarną do] {t}",
      "{s}, {t} halkına [insani yardım gönderdi]", "{s} [أرسلت مساعدات إنسانية إلى] {t}",
      "{s} به {t} [کمک بشردوستانه ارسال کرد]", "{s}向{t}[提供人道主义援助]"}},
    {"RETREAT",
     "166",
     {"{s} [withdrew troops from] {t}", "{s} [вивела війська з] {t}", "{s} [вывела войска из] {t}",
      "{s} [zog Truppen aus] {t} ab", "{s} [a retiré ses troupes de] {t}",
      "{s} [retiró sus tropas de] {t}", "{s} [retirou tropas de] {t}",
      "{s} [wycofała wojska z] {t}", "{s}, {t} topraklarından [askerlerini çekti]",
      "{s} [سحبت قواتها من] {t}", "{s} نیروهایش را از {t} [خارج کرد]", "{s}从{t}[撤军]"}},
    {"REQUEST",
     "020",
     {"{s} [called on] {t} to resume dialogue", "{s} [закликала] {t} відновити діалог",
      "{s} [призвала] {t} возобновить диалог", "{s} [rief] {t} zum Dialog auf",
      "{s} [a appelé] {t} à reprendre le dialogue", "{s} [instó a] {t} a reanudar el diálogo",
      "{s} [apelou a] {t} para retomar o diálogo", "{s} [wezwała] {t} do wznowienia dialogu",
      "{s}, {t} yönetimini diyaloğa [çağırdı]", "{s} [دعت] {t} إلى استئناف الحوار",
      "{s} از {t} [خواست] گفتگو را از سر بگیرد", "{s}[呼吁]{t}恢复对话"}},
    {"ACCUSE",
     "112",
     {"{s} [accused] {t} of violating the agreement",
      "{s} [звинуватила] {t} у порушенні домовленостей",
      "{s} [обвинила] {t} в нарушении договорённостей",
      "{s} [beschuldigte] {t}, die Vereinbarung zu verletzen",
      "{s} [a accusé] {t} de violer l'accord", "{s} [acusó a] {t} de violar el acuerdo",
      "{s} [acusou] {t} de violar o acordo", "{s} [oskarżyła] {t} o naruszenie porozumienia",
      "{s}, {t} yönetimini anlaşmayı ihlal etmekle [suçladı]", "{s} [اتهمت] {t} بانتهاك الاتفاق",
      "{s}، {t} را به نقض توافق [متهم کرد]", "{s}[指责]{t}违反协议"}},
    {"ACCUSE",
     "111",
     {"{s} [condemned] {t}", "{s} [засудила] {t}", "{s} [осудила] {t}", "{s} [verurteilte] {t}",
      "{s} [a condamné] {t}", "{s} [condenó a] {t}", "{s} [condenou] {t}", "{s} [potępiła] {t}",
      "{s}, {t} yönetimini [kınadı]", "{s} [أدانت] {t}", "{s}، {t} را [محکوم کرد]",
      "{s}[谴责]{t}"}},
    {"REJECT",
     "125",
     {"{s} [rejected talks with] {t}", "{s} [відкинула переговори з] {t}",
      "{s} [отвергла переговоры с] {t}", "{s} [lehnte Gespräche mit] {t} ab",
      "{s} [a rejeté les négociations avec] {t}", "{s} [rechazó negociar con] {t}",
      "{s} [rejeitou negociar com] {t}", "{s} [odrzuciła rozmowy z] {t}",
      "{s}, {t} ile [müzakereleri reddetti]", "{s} [رفضت التفاوض مع] {t}",
      "{s} مذاکره با {t} را [رد کرد]", "{s}[拒绝]与{t}谈判"}},
    {"THREATEN",
     "138",
     {"{s} [threatened military action against] {t}", "{s} [пригрозила військовими діями] {t}",
      "{s} [пригрозила военными действиями] {t}", "{s} [drohte] {t} mit militärischen Schritten",
      "{s} [a menacé] {t} d'une action militaire", "{s} [amenazó a] {t} con una acción militar",
      "{s} [ameaçou] {t} com ação militar", "{s} [zagroziła] {t} użyciem siły",
      "{s}, {t} yönetimini askeri müdahaleyle [tehdit etti]", "{s} [هددت] {t} بعمل عسكري",
      "{s}، {t} را به اقدام نظامی [تهدید کرد]", "{s}[威胁]对{t}采取军事行动"}},
    {"PROTEST",
     "140",
     {"{s} [protested against] {t}", "{s} [протестувала проти] {t}",
      "{s} [выступила с протестом против] {t}", "{s} [protestierte gegen] {t}",
      "{s} [a protesté contre] {t}", "{s} [protestó contra] {t}", "{s} [protestou contra] {t}",
      "{s} [zaprotestowała przeciwko] {t}", "{s}, {t} yönetimini [protesto etti]",
      "{s} [احتجت على] {t}", "{s} به {t} [اعتراض کرد]", "{s}[抗议]{t}"}},
    {"SANCTION",
     "163",
     {"{s} [imposed sanctions on] {t}", "{s} [запровадила санкції проти] {t}",
      "{s} [ввела санкции против] {t}", "{s} [verhängte Sanktionen gegen] {t}",
      "{s} [a imposé des sanctions à] {t}", "{s} [impuso sanciones a] {t}",
      "{s} [impôs sanções a] {t}", "{s} [nałożyła sankcje na] {t}",
      "{s}, {t} yönetimine [yaptırım uyguladı]", "{s} [فرضت عقوبات على] {t}",
      "{s} علیه {t} [تحریم وضع کرد]", "{s}对{t}[实施制裁]"}},
    {"MOBILIZE",
     "154",
     {"{s} [massed troops on the border with] {t}", "{s} [стягнула війська до кордону з] {t}",
      "{s} [стянула войска к границе с] {t}", "{s} [zog Truppen an der Grenze zu] {t} zusammen",
      "{s} [a massé des troupes à la frontière avec] {t}",
      "{s} [concentró tropas en la frontera con] {t}",
      "{s} [concentrou tropas na fronteira com] {t}",
      "{s} [skoncentrowała wojska przy granicy z] {t}", "{s}, {t} sınırına [asker yığdı]",
      "{s} [حشدت قوات على الحدود مع] {t}", "{s} در مرز {t} [نیرو مستقر کرد]",
      "{s}在与{t}的边境[集结军队]"}},
    {"COERCE",
     "173",
     {"{s} [detained citizens of] {t}", "{s} [затримала громадян] {t}",
      "{s} [задержала граждан] {t}", "{s} [verhaftete Bürger aus] {t}",
      "{s} [a arrêté des ressortissants de] {t}", "{s} [detuvo a ciudadanos de] {t}",
      "{s} [deteve cidadãos de] {t}", "{s} [zatrzymała obywateli] {t}",
      "{s}, {t} vatandaşlarını [gözaltına aldı]", "{s} [احتجزت مواطنين من] {t}",
      "{s} شهروندان {t} را [بازداشت کرد]", "{s}[拘留]{t}公民"}},
    {"ASSAULT",
     "190",
     {"{s} [attacked] {t}", "{s} [атакувала] {t}", "{s} [атаковала] {t}", "{s} [attackierte] {t}",
      "{s} [a attaqué] {t}", "{s} [atacó a] {t}", "{s} [atacou] {t}", "{s} [zaatakowała] {t}",
      "{s}, {t} hedeflerine [saldırdı]", "{s} [هاجمت] {t}", "{s} به {t} [حمله کرد]",
      "{s}[袭击了]{t}"}},
    {"ASSAULT",
     "195",
     {"{s} [launched air strikes on] {t}", "{s} [завдала авіаударів по] {t}",
      "{s} [нанесла авиаудары по] {t}", "{s} [flog Luftangriffe auf] {t}",
      "{s} [a mené des frappes aériennes contre] {t}", "{s} [lanzó ataques aéreos contra] {t}",
      "{s} [lançou ataques aéreos contra] {t}", "{s} [przeprowadziła naloty na] {t}",
      "{s}, {t} hedeflerine [hava saldırısı düzenledi]", "{s} [شنت غارات جوية على] {t}",
      "{s} به {t} [حمله هوایی کرد]", "{s}对{t}[发动空袭]"}},
    {"ASSAULT",
     "194",
     {"{s} [shelled positions of] {t}", "{s} [обстріляла позиції] {t}",
      "{s} [обстреляла позиции] {t}", "{s} [beschoss Stellungen von] {t}",
      "{s} [a bombardé des positions de] {t}", "{s} [bombardeó posiciones de] {t}",
      "{s} [bombardeou posições de] {t}", "{s} [ostrzelała pozycje] {t}",
      "{s}, {t} mevzilerini [bombaladı]", "{s} [قصفت مواقع] {t}",
      "{s} مواضع {t} را [گلوله‌باران کرد]", "{s}[炮击]{t}阵地"}},
};

constexpr const char* kTypes[] = {
    "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE", "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};
constexpr size_t kTypeCount = std::size(kTypes);

// General type shares (percent) for pairs outside the hot dyads; same order as kTypes.
constexpr double kGeneralTypeShare[kTypeCount] = {8,  20, 9, 1.2, 10, 5,   0.8, 8,
                                                  14, 5,  4, 3,   3,  1.5, 2.5, 6};

// ---------------------------------------------------------------------------------------------
// Actors.

enum NameStyle {
  kSlavic,
  kUkrainian,
  kWestern,
  kArabic,
  kPersian,
  kEastAsian,
  kSouthAsian,
  kLatin,
  kOther
};

struct Country {
  const char* code;  // ISO 3166-1 alpha-3 or IGO:<ABBR>
  const char* name;  // English
  NameStyle style;
};

// Most prominent first: the Zipf rank is the position in this table.
const Country kCountries[] = {
    {"UKR", "Ukraine", kUkrainian},
    {"RUS", "Russia", kSlavic},
    {"USA", "United States", kWestern},
    {"ISR", "Israel", kWestern},
    {"CHN", "China", kEastAsian},
    {"IRN", "Iran", kPersian},
    {"PSE", "Palestine", kArabic},
    {"IGO:EU", "European Union", kWestern},
    {"GBR", "United Kingdom", kWestern},
    {"FRA", "France", kWestern},
    {"DEU", "Germany", kWestern},
    {"TUR", "Turkey", kOther},
    {"IGO:NATO", "NATO", kWestern},
    {"IGO:UN", "United Nations", kWestern},
    {"SYR", "Syria", kArabic},
    {"LBN", "Lebanon", kArabic},
    {"IND", "India", kSouthAsian},
    {"PRK", "North Korea", kEastAsian},
    {"POL", "Poland", kSlavic},
    {"BLR", "Belarus", kSlavic},
    {"KOR", "South Korea", kEastAsian},
    {"JPN", "Japan", kEastAsian},
    {"SAU", "Saudi Arabia", kArabic},
    {"YEM", "Yemen", kArabic},
    {"EGY", "Egypt", kArabic},
    {"QAT", "Qatar", kArabic},
    {"TWN", "Taiwan", kEastAsian},
    {"PAK", "Pakistan", kSouthAsian},
    {"IRQ", "Iraq", kArabic},
    {"AFG", "Afghanistan", kSouthAsian},
    {"HUN", "Hungary", kOther},
    {"ITA", "Italy", kLatin},
    {"CAN", "Canada", kWestern},
    {"VEN", "Venezuela", kLatin},
    {"BRA", "Brazil", kLatin},
    {"MDA", "Moldova", kOther},
    {"GEO", "Georgia", kOther},
    {"ARM", "Armenia", kOther},
    {"AZE", "Azerbaijan", kOther},
    {"SRB", "Serbia", kSlavic},
    {"IGO:IAEA", "International Atomic Energy Agency", kWestern},
    {"ESP", "Spain", kLatin},
    {"JOR", "Jordan", kArabic},
    {"ARE", "United Arab Emirates", kArabic},
    {"LTU", "Lithuania", kOther},
    {"LVA", "Latvia", kOther},
    {"EST", "Estonia", kOther},
    {"FIN", "Finland", kWestern},
    {"SWE", "Sweden", kWestern},
    {"NLD", "Netherlands", kWestern},
    {"ROU", "Romania", kLatin},
    {"CZE", "Czechia", kSlavic},
    {"SVK", "Slovakia", kSlavic},
    {"KAZ", "Kazakhstan", kOther},
    {"SDN", "Sudan", kArabic},
    {"LBY", "Libya", kArabic},
    {"MEX", "Mexico", kLatin},
    {"AUS", "Australia", kWestern},
    {"IGO:ICC", "International Criminal Court", kWestern},
    {"PHL", "Philippines", kLatin},
    {"VNM", "Vietnam", kEastAsian},
    {"ETH", "Ethiopia", kOther},
    {"NGA", "Nigeria", kOther},
    {"ZAF", "South Africa", kWestern},
    {"CUB", "Cuba", kLatin},
    {"ARG", "Argentina", kLatin},
    {"COL", "Colombia", kLatin},
    {"GRC", "Greece", kOther},
    {"BGR", "Bulgaria", kSlavic},
    {"NOR", "Norway", kWestern},
    {"DNK", "Denmark", kWestern},
    {"BEL", "Belgium", kWestern},
    {"AUT", "Austria", kWestern},
    {"CHE", "Switzerland", kWestern},
    {"PRT", "Portugal", kLatin},
    {"IRL", "Ireland", kWestern},
    {"IGO:BRICS", "BRICS", kWestern},
    {"MAR", "Morocco", kArabic},
    {"DZA", "Algeria", kArabic},
    {"TUN", "Tunisia", kArabic},
    {"KWT", "Kuwait", kArabic},
    {"OMN", "Oman", kArabic},
    {"BHR", "Bahrain", kArabic},
    {"IDN", "Indonesia", kOther},
    {"MYS", "Malaysia", kOther},
    {"THA", "Thailand", kOther},
    {"MMR", "Myanmar", kOther},
    {"BGD", "Bangladesh", kSouthAsian},
    {"LKA", "Sri Lanka", kSouthAsian},
    {"NPL", "Nepal", kSouthAsian},
    {"UZB", "Uzbekistan", kOther},
    {"TJK", "Tajikistan", kPersian},
    {"KGZ", "Kyrgyzstan", kOther},
    {"TKM", "Turkmenistan", kOther},
    {"MNG", "Mongolia", kEastAsian},
    {"SGP", "Singapore", kEastAsian},
    {"NZL", "New Zealand", kWestern},
    {"CHL", "Chile", kLatin},
    {"PER", "Peru", kLatin},
    {"BOL", "Bolivia", kLatin},
    {"ECU", "Ecuador", kLatin},
    {"NIC", "Nicaragua", kLatin},
    {"HTI", "Haiti", kLatin},
    {"KEN", "Kenya", kOther},
    {"SOM", "Somalia", kArabic},
    {"SSD", "South Sudan", kOther},
    {"COD", "DR Congo", kOther},
    {"RWA", "Rwanda", kOther},
    {"UGA", "Uganda", kOther},
    {"MLI", "Mali", kOther},
    {"NER", "Niger", kOther},
    {"BFA", "Burkina Faso", kOther},
    {"TCD", "Chad", kOther},
    {"SEN", "Senegal", kOther},
    {"GHA", "Ghana", kOther},
    {"CMR", "Cameroon", kOther},
    {"AGO", "Angola", kLatin},
    {"MOZ", "Mozambique", kLatin},
    {"ZWE", "Zimbabwe", kOther},
    {"ERI", "Eritrea", kOther},
    {"CYP", "Cyprus", kOther},
    {"HRV", "Croatia", kSlavic},
    {"SVN", "Slovenia", kSlavic},
    {"BIH", "Bosnia and Herzegovina", kSlavic},
    {"MNE", "Montenegro", kSlavic},
    {"MKD", "North Macedonia", kSlavic},
    {"ALB", "Albania", kOther},
    {"XKX", "Kosovo", kOther},
    {"ISL", "Iceland", kWestern},
    {"LUX", "Luxembourg", kWestern},
    {"MLT", "Malta", kLatin},
    {"KHM", "Cambodia", kOther},
    {"LAO", "Laos", kOther},
    {"PNG", "Papua New Guinea", kOther},
    {"URY", "Uruguay", kLatin},
    {"PRY", "Paraguay", kLatin},
    {"GTM", "Guatemala", kLatin},
    {"HND", "Honduras", kLatin},
    {"SLV", "El Salvador", kLatin},
    {"PAN", "Panama", kLatin},
    {"DOM", "Dominican Republic", kLatin},
    {"JAM", "Jamaica", kWestern},
    {"TZA", "Tanzania", kOther},
    {"ZMB", "Zambia", kOther},
    {"NAM", "Namibia", kOther},
    {"BWA", "Botswana", kOther},
    {"MDG", "Madagascar", kOther},
    {"CAF", "Central African Republic", kOther},
    {"LBR", "Liberia", kOther},
    {"SLE", "Sierra Leone", kOther},
    {"GIN", "Guinea", kOther},
    {"CIV", "Ivory Coast", kOther},
    {"BEN", "Benin", kOther},
    {"TGO", "Togo", kOther},
    {"GAB", "Gabon", kOther},
    {"MRT", "Mauritania", kArabic},
    {"DJI", "Djibouti", kArabic},
};
constexpr size_t kCountryCount = std::size(kCountries);

// Names of the most prominent actors in each language, in kLangCodes order; others keep the
// English name in every language (as many outlets do for rarely named countries).
struct LocalName {
  const char* code;
  std::array<const char*, kLangCount> name;
};
const LocalName kLocalNames[] = {
    {"USA",
     {"the United States", "США", "США", "die USA", "les États-Unis", "Estados Unidos", "os EUA",
      "USA", "ABD", "الولايات المتحدة", "آمریکا", "美国"}},
    {"RUS",
     {"Russia", "Росія", "Россия", "Russland", "la Russie", "Rusia", "a Rússia", "Rosja", "Rusya",
      "روسيا", "روسیه", "俄罗斯"}},
    {"CHN",
     {"China", "Китай", "Китай", "China", "la Chine", "China", "a China", "Chiny", "Çin", "الصين",
      "چین", "中国"}},
    {"UKR",
     {"Ukraine", "Україна", "Украина", "die Ukraine", "l'Ukraine", "Ucrania", "a Ucrânia",
      "Ukraina", "Ukrayna", "أوكرانيا", "اوکراین", "乌克兰"}},
    {"ISR",
     {"Israel", "Ізраїль", "Израиль", "Israel", "Israël", "Israel", "Israel", "Izrael", "İsrail",
      "إسرائيل", "اسرائیل", "以色列"}},
    {"IRN",
     {"Iran", "Іран", "Иран", "der Iran", "l'Iran", "Irán", "o Irã", "Iran", "İran", "إيران",
      "ایران", "伊朗"}},
    {"PSE",
     {"Palestine", "Палестина", "Палестина", "Palästina", "la Palestine", "Palestina",
      "a Palestina", "Palestyna", "Filistin", "فلسطين", "فلسطین", "巴勒斯坦"}},
    {"GBR",
     {"Britain", "Велика Британія", "Великобритания", "Großbritannien", "le Royaume-Uni",
      "Reino Unido", "o Reino Unido", "Wielka Brytania", "İngiltere", "بريطانيا", "بریتانیا",
      "英国"}},
    {"FRA",
     {"France", "Франція", "Франция", "Frankreich", "la France", "Francia", "a França", "Francja",
      "Fransa", "فرنسا", "فرانسه", "法国"}},
    {"DEU",
     {"Germany", "Німеччина", "Германия", "Deutschland", "l'Allemagne", "Alemania", "a Alemanha",
      "Niemcy", "Almanya", "ألمانيا", "آلمان", "德国"}},
    {"TUR",
     {"Turkey", "Туреччина", "Турция", "die Türkei", "la Turquie", "Turquía", "a Turquia", "Turcja",
      "Türkiye", "تركيا", "ترکیه", "土耳其"}},
    {"IGO:EU",
     {"the EU", "ЄС", "ЕС", "die EU", "l'UE", "la UE", "a UE", "UE", "AB", "الاتحاد الأوروبي",
      "اتحادیه اروپا", "欧盟"}},
    {"IGO:NATO",
     {"NATO", "НАТО", "НАТО", "die NATO", "l'OTAN", "la OTAN", "a OTAN", "NATO", "NATO", "الناتو",
      "ناتو", "北约"}},
    {"IGO:UN",
     {"the UN", "ООН", "ООН", "die UNO", "l'ONU", "la ONU", "a ONU", "ONZ", "BM", "الأمم المتحدة",
      "سازمان ملل", "联合国"}},
    {"SYR",
     {"Syria", "Сирія", "Сирия", "Syrien", "la Syrie", "Siria", "a Síria", "Syria", "Suriye",
      "سوريا", "سوریه", "叙利亚"}},
    {"LBN",
     {"Lebanon", "Ліван", "Ливан", "der Libanon", "le Liban", "Líbano", "o Líbano", "Liban",
      "Lübnan", "لبنان", "لبنان", "黎巴嫩"}},
    {"PRK",
     {"North Korea", "КНДР", "КНДР", "Nordkorea", "la Corée du Nord", "Corea del Norte",
      "a Coreia do Norte", "Korea Północna", "Kuzey Kore", "كوريا الشمالية", "کره شمالی", "朝鲜"}},
    {"POL",
     {"Poland", "Польща", "Польша", "Polen", "la Pologne", "Polonia", "a Polônia", "Polska",
      "Polonya", "بولندا", "لهستان", "波兰"}},
    {"BLR",
     {"Belarus", "Білорусь", "Беларусь", "Belarus", "la Biélorussie", "Bielorrusia",
      "a Bielorrússia", "Białoruś", "Belarus", "بيلاروسيا", "بلاروس", "白俄罗斯"}},
};

// Given names (four men, then four women) and family names ("masculine|feminine" where the
// form differs) per NameStyle, for the generated people.
struct NamePool {
  std::array<const char*, 8> given;
  std::array<const char*, 8> family;
};
const NamePool kNamePools[] = {
    // kSlavic
    {{"Dmitry", "Sergei", "Pavel", "Nikolai", "Natalia", "Elena", "Irina", "Olga"},
     {"Sokolov|Sokolova", "Volkov|Volkova", "Lebedev|Lebedeva", "Morozov|Morozova", "Novak",
      "Petrov|Petrova", "Orlov|Orlova", "Kuznetsov|Kuznetsova"}},
    // kUkrainian
    {{"Oleksandr", "Andriy", "Taras", "Mykola", "Olena", "Iryna", "Oksana", "Kateryna"},
     {"Kovalenko", "Shevchuk", "Bondar", "Melnyk", "Tkachenko", "Kravets", "Savchenko",
      "Marchenko"}},
    // kWestern
    {{"James", "Thomas", "Daniel", "Mark", "Anna", "Claire", "Sarah", "Laura"},
     {"Harrington", "Weber", "Collins", "Dubois", "Fischer", "Bennett", "Hughes", "Laurent"}},
    // kArabic
    {{"Ahmed", "Khaled", "Omar", "Yusuf", "Fatima", "Layla", "Mariam", "Huda"},
     {"Al-Masri", "Haddad", "Nasser", "Khalil", "Saleh", "Mansour", "Aziz", "Barakat"}},
    // kPersian
    {{"Ali", "Reza", "Hossein", "Mehdi", "Maryam", "Zahra", "Parisa", "Shirin"},
     {"Rahimi", "Karimi", "Hosseini", "Tehrani", "Ahmadi", "Moradi", "Jafari", "Rezaei"}},
    // kEastAsian
    {{"Wei", "Min-jun", "Hiroshi", "Kenji", "Mei", "Ji-woo", "Yuki", "Li Na"},
     {"Zhang", "Kim", "Tanaka", "Wang", "Park", "Sato", "Liu", "Chen"}},
    // kSouthAsian
    {{"Rahul", "Imran", "Vikram", "Arjun", "Priya", "Ayesha", "Sana", "Meera"},
     {"Sharma", "Khan", "Patel", "Qureshi", "Singh", "Malik", "Rao", "Chaudhry"}},
    // kLatin
    {{"Carlos", "Marco", "Javier", "Pedro", "Lucia", "Ana", "Giulia", "Sofia"},
     {"Fernandez", "Rossi", "Silva", "Moreno", "Costa", "Ruiz", "Ferrari", "Pereira"}},
    // kOther
    {{"Mehmet", "Nikos", "Giorgi", "Samuel", "Aigerim", "Ama", "Tamar", "Elif"},
     {"Yilmaz", "Nurlanov|Nurlanova", "Papadopoulos|Papadopoulou", "Mensah", "Beridze", "Kaya",
      "Okafor", "Demir"}},
};

struct Actor {
  std::string id, name, kind, country, sector;
  std::array<std::string, kLangCount> text;  // how documents in each language name it
};

struct World {
  std::vector<Actor> states;                // one per kCountries entry, same order
  std::vector<std::vector<size_t>> people;  // per country: indexes into `persons`
  std::vector<Actor> persons;
  Weighted country_zipf;
};

World MakeWorld() {
  World w;
  std::vector<double> zipf;
  w.people.resize(kCountryCount);
  for (size_t i = 0; i < kCountryCount; ++i) {
    const Country& c = kCountries[i];
    Actor a;
    const bool igo = std::string_view(c.code).starts_with("IGO:");
    a.id = igo ? "igo:" + std::string(c.code + 4) : "state:" + std::string(c.code);
    a.name = c.name;
    a.kind = igo ? "igo" : "state";
    a.country = c.code;
    for (size_t l = 0; l < kLangCount; ++l) a.text[l] = c.name;
    for (const LocalName& ln : kLocalNames) {
      if (std::string_view(ln.code) != c.code) continue;
      for (size_t l = 0; l < kLangCount; ++l) a.text[l] = ln.name[l];
    }
    w.states.push_back(std::move(a));
    zipf.push_back(1.0 / std::pow(static_cast<double>(i) + 1.5, 1.15));

    // People: 5 for the 12 most prominent states, 2 for the next 28, 1 for the next 40.
    if (igo) continue;
    const size_t count = i < 12 ? 5 : i < 40 ? 2 : i < 80 ? 1 : 0;
    static constexpr const char* kSectors[] = {"GOV", "DIP", "MIL", "GOV", "GOV"};
    for (size_t k = 0; k < count; ++k) {
      const NamePool& pool = kNamePools[c.style];
      // A fixed, well-spread choice per (country, k): the world does not depend on the seed.
      const size_t g = (i * 7 + k * 3) % pool.given.size();
      const size_t f = (i * 5 + k * 7 + 1) % pool.family.size();
      Actor p;
      p.id = "p:gen_" + std::to_string(w.persons.size() + 1);
      std::string_view family = pool.family[f];
      if (const size_t bar = family.find('|'); bar != family.npos) {
        family = g < 4 ? family.substr(0, bar) : family.substr(bar + 1);
      }
      p.name = std::string(pool.given[g]) + " " + std::string(family);
      p.kind = "person";
      p.country = c.code;
      p.sector = kSectors[k % std::size(kSectors)];
      for (size_t l = 0; l < kLangCount; ++l) p.text[l] = p.name;
      w.people[i].push_back(w.persons.size());
      w.persons.push_back(std::move(p));
    }
  }
  w.country_zipf = Weighted(zipf);
  return w;
}

size_t CountryIndex(std::string_view code) {
  for (size_t i = 0; i < kCountryCount; ++i) {
    if (kCountries[i].code == code) return i;
  }
  std::fprintf(stderr, "make_store: internal error: unknown country %.*s\n",
               static_cast<int>(code.size()), code.data());
  std::exit(2);
}

// ---------------------------------------------------------------------------------------------
// Hot dyads: pairs that dominate the news, with their own type profiles.

struct Dyad {
  const char* a;
  const char* b;
  double weight;       // share among dyad events
  double forward;      // probability that `a` is the source
  const char* active;  // first publication date when the profile applies ("" = always)
  const char* until;   // first publication date when it no longer does ("" = never)
  std::vector<std::pair<const char*, double>> profile;  // type → weight
};

const std::vector<Dyad>& Dyads() {
  static const std::vector<Dyad> kDyads = {
      {"RUS",
       "UKR",
       10,
       0.65,
       "2022-02-24",
       "",
       {{"ASSAULT", 42},
        {"ACCUSE", 14},
        {"COERCE", 6},
        {"THREATEN", 6},
        {"CONSULT", 5},
        {"CONCEDE", 5},
        {"REJECT", 6},
        {"MOBILIZE", 4},
        {"REQUEST", 5},
        {"RETREAT", 2},
        {"PROTEST", 2},
        {"SANCTION", 3}}},
      {"RUS",
       "UKR",
       3,
       0.7,
       "",
       "2022-02-24",
       {{"MOBILIZE", 30}, {"THREATEN", 25}, {"ACCUSE", 20}, {"CONSULT", 15}, {"REJECT", 10}}},
      {"ISR",
       "PSE",
       7,
       0.6,
       "2023-10-07",
       "",
       {{"ASSAULT", 50},
        {"ACCUSE", 14},
        {"COERCE", 10},
        {"THREATEN", 8},
        {"CONSULT", 4},
        {"CONCEDE", 4},
        {"REQUEST", 4},
        {"REJECT", 5},
        {"RETREAT", 1}}},
      {"ISR",
       "PSE",
       1.5,
       0.6,
       "",
       "2023-10-07",
       {{"ACCUSE", 30}, {"COERCE", 25}, {"ASSAULT", 20}, {"PROTEST", 15}, {"REJECT", 10}}},
      {"USA",
       "UKR",
       6,
       0.75,
       "",
       "",
       {{"AID", 30},
        {"CONSULT", 30},
        {"SUPPORT", 15},
        {"COOPERATE", 10},
        {"AGREE", 10},
        {"REQUEST", 5}}},
      {"USA",
       "CHN",
       5,
       0.55,
       "",
       "",
       {{"ACCUSE", 25},
        {"CONSULT", 25},
        {"SANCTION", 12},
        {"THREATEN", 8},
        {"REJECT", 10},
        {"COOPERATE", 10},
        {"AGREE", 5},
        {"REQUEST", 5}}},
      {"USA",
       "RUS",
       5,
       0.6,
       "",
       "",
       {{"SANCTION", 25},
        {"ACCUSE", 30},
        {"THREATEN", 10},
        {"REJECT", 10},
        {"CONSULT", 10},
        {"COERCE", 5},
        {"CONCEDE", 5},
        {"REQUEST", 5}}},
      {"RUS",
       "CHN",
       3,
       0.5,
       "",
       "",
       {{"CONSULT", 35}, {"COOPERATE", 25}, {"SUPPORT", 15}, {"AGREE", 15}, {"AID", 5}}},
      {"ISR",
       "IRN",
       3,
       0.5,
       "",
       "",
       {{"THREATEN", 25}, {"ACCUSE", 30}, {"ASSAULT", 25}, {"REJECT", 5}, {"MOBILIZE", 5}}},
      {"USA",
       "ISR",
       3,
       0.7,
       "",
       "",
       {{"AID", 25}, {"CONSULT", 30}, {"SUPPORT", 20}, {"REQUEST", 15}, {"ACCUSE", 5}}},
      {"CHN",
       "TWN",
       2,
       0.75,
       "",
       "",
       {{"THREATEN", 25}, {"MOBILIZE", 25}, {"ACCUSE", 25}, {"COERCE", 10}, {"REJECT", 10}}},
      {"IGO:EU",
       "RUS",
       2.5,
       0.8,
       "",
       "",
       {{"SANCTION", 40}, {"ACCUSE", 40}, {"REJECT", 10}, {"THREATEN", 10}}},
      {"IGO:EU",
       "UKR",
       2.5,
       0.7,
       "",
       "",
       {{"AID", 30}, {"SUPPORT", 25}, {"CONSULT", 25}, {"AGREE", 20}}},
      {"IGO:NATO",
       "RUS",
       1.5,
       0.6,
       "",
       "",
       {{"ACCUSE", 35}, {"THREATEN", 20}, {"MOBILIZE", 25}, {"REJECT", 20}}},
      {"PRK",
       "KOR",
       1.5,
       0.8,
       "",
       "",
       {{"THREATEN", 40}, {"MOBILIZE", 20}, {"ACCUSE", 25}, {"ASSAULT", 5}, {"PROTEST", 10}}},
      {"USA",
       "IRN",
       2,
       0.6,
       "",
       "",
       {{"SANCTION", 30}, {"THREATEN", 20}, {"ACCUSE", 30}, {"CONSULT", 10}, {"COERCE", 10}}},
      {"TUR",
       "SYR",
       1,
       0.7,
       "",
       "",
       {{"ASSAULT", 40}, {"THREATEN", 20}, {"CONSULT", 20}, {"MOBILIZE", 10}, {"ACCUSE", 10}}},
      {"RUS", "BLR", 1.5, 0.5, "", "", {{"CONSULT", 40}, {"COOPERATE", 40}, {"SUPPORT", 20}}},
      {"ISR",
       "LBN",
       1.5,
       0.6,
       "2023-10-08",
       "",
       {{"ASSAULT", 60}, {"THREATEN", 25}, {"ACCUSE", 15}}},
      {"SAU",
       "YEM",
       1,
       0.5,
       "",
       "",
       {{"ASSAULT", 30}, {"CONSULT", 30}, {"AGREE", 25}, {"CONCEDE", 15}}},
      {"YEM", "USA", 1, 0.5, "2023-11-19", "", {{"ASSAULT", 55}, {"THREATEN", 35}, {"ACCUSE", 10}}},
      {"IND",
       "PAK",
       1,
       0.5,
       "",
       "",
       {{"ACCUSE", 40}, {"ASSAULT", 20}, {"THREATEN", 20}, {"CONSULT", 20}}},
      {"IGO:UN",
       "PSE",
       1,
       0.8,
       "2023-10-07",
       "",
       {{"AID", 35}, {"REQUEST", 35}, {"ACCUSE", 15}, {"CONSULT", 15}}},
      {"IGO:IAEA",
       "IRN",
       0.8,
       0.7,
       "",
       "",
       {{"CONSULT", 30}, {"REQUEST", 30}, {"ACCUSE", 25}, {"REJECT", 15}}},
  };
  return kDyads;
}

// ---------------------------------------------------------------------------------------------
// Places for assaults, by target country.

struct PlaceRow {
  const char* country;
  const char* name;
  double lat, lon;
};
const PlaceRow kPlaces[] = {
    {"UKR", "Kharkiv", 49.99, 36.23},   {"UKR", "Kyiv", 50.45, 30.52},
    {"UKR", "Odesa", 46.48, 30.72},     {"UKR", "Zaporizhzhia", 47.84, 35.14},
    {"UKR", "Kherson", 46.64, 32.61},   {"UKR", "Dnipro", 48.46, 35.05},
    {"UKR", "Bakhmut", 48.60, 38.00},   {"UKR", "Avdiivka", 48.14, 37.75},
    {"RUS", "Belgorod", 50.60, 36.59},  {"RUS", "Kursk", 51.73, 36.19},
    {"PSE", "Gaza City", 31.50, 34.47}, {"PSE", "Khan Younis", 31.35, 34.31},
    {"PSE", "Rafah", 31.30, 34.25},     {"PSE", "Jenin", 32.46, 35.30},
    {"ISR", "Tel Aviv", 32.09, 34.78},  {"ISR", "Haifa", 32.79, 34.99},
    {"LBN", "Beirut", 33.89, 35.50},    {"LBN", "Tyre", 33.27, 35.20},
    {"SYR", "Aleppo", 36.20, 37.13},    {"SYR", "Idlib", 35.93, 36.63},
    {"YEM", "Sanaa", 15.37, 44.19},     {"YEM", "Hodeidah", 14.80, 42.95},
    {"IRN", "Isfahan", 32.65, 51.67},   {"USA", "Red Sea", 20.0, 38.0},
};

// ---------------------------------------------------------------------------------------------
// Outlets.

struct Outlet {
  const char* name;
  Lang lang;
};
const Outlet kOutlets[] = {
    {"Atlantic Dispatch", kEn},
    {"Capital Wire", kEn},
    {"Northern Herald", kEn},
    {"Global Ledger", kEn},
    {"Evening Courier", kEn},
    {"Harbor Times", kEn},
    {"Daily Meridian", kEn},
    {"World Observer", kEn},
    {"Frontline Report", kEn},
    {"Pacific Gazette", kEn},
    {"Summit News", kEn},
    {"Continental Post", kEn},
    {"Open Signal", kEn},
    {"Metro Chronicle", kEn},
    {"Crossroads Review", kEn},
    {"Lantern Press", kEn},
    {"Київський вісник", kUk},
    {"Голос Дніпра", kUk},
    {"Український огляд", kUk},
    {"Новини Полісся", kUk},
    {"Західний кур'єр", kUk},
    {"Харківські новини", kUk},
    {"Одеський час", kUk},
    {"Степовий вісник", kUk},
    {"Московский обозреватель", kRu},
    {"Невские ведомости", kRu},
    {"Уральский курьер", kRu},
    {"Сибирское время", kRu},
    {"Волжская газета", kRu},
    {"Новости Приморья", kRu},
    {"Балтийский вестник", kRu},
    {"Столичный репортёр", kRu},
    {"Berliner Rundschau", kDe},
    {"Rheinischer Kurier", kDe},
    {"Hanseatische Zeitung", kDe},
    {"Münchner Tagespost", kDe},
    {"Elbe-Anzeiger", kDe},
    {"Frankfurter Depesche", kDe},
    {"Alpenbote", kDe},
    {"Le Courrier de Lyon", kFr},
    {"La Gazette du Nord", kFr},
    {"L'Observateur Atlantique", kFr},
    {"Le Journal de Provence", kFr},
    {"Le Messager", kFr},
    {"La Dépêche de l'Est", kFr},
    {"Le Veilleur", kFr},
    {"El Heraldo del Sur", kEs},
    {"Diario Meridiano", kEs},
    {"La Voz de Castilla", kEs},
    {"El Observador Andino", kEs},
    {"Crónica Atlántica", kEs},
    {"El Mensajero", kEs},
    {"Gaceta del Plata", kEs},
    {"Jornal do Atlântico", kPt},
    {"Correio Paulista", kPt},
    {"Folha do Tejo", kPt},
    {"Diário da Serra", kPt},
    {"O Mensageiro", kPt},
    {"Kurier Wiślany", kPl},
    {"Gazeta Bałtycka", kPl},
    {"Głos Mazowsza", kPl},
    {"Dziennik Karpacki", kPl},
    {"Przegląd Śląski", kPl},
    {"Boğaz Postası", kTr},
    {"Anadolu Gündemi", kTr},
    {"Ege Haber", kTr},
    {"Karadeniz Gazetesi", kTr},
    {"Başkent Ajansı", kTr},
    {"أخبار المشرق", kAr},
    {"جريدة الضفاف", kAr},
    {"مرآة النيل", kAr},
    {"الرائد اليومي", kAr},
    {"صدى الصحراء", kAr},
    {"پیک تهران", kFa},
    {"خبرنامه البرز", kFa},
    {"آینه خلیج", kFa},
    {"صدای کویر", kFa},
    {"环球观察", kZh},
    {"东方快讯", kZh},
    {"华夏纵横", kZh},
};
constexpr size_t kOutletCount = std::size(kOutlets);

constexpr const char* kAgencies[] = {"ISW",      "Reuters",   "AP",     "AFP",
                                     "Interfax", "Ukrinform", "Xinhua", "IRNA",
                                     "Anadolu",  "WAFA",      "TASS",   "DPA"};

// ---------------------------------------------------------------------------------------------
// Dates: days since 1970-01-01 ↔ YYYY-MM-DD (Howard Hinnant's civil calendar algorithms).

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(y + (m <= 2)), m, d);
  return buf;
}

// ---------------------------------------------------------------------------------------------
// CAMEO table: code → (PLOVER type, mode), from data/kb/cameo.tsv.

struct CameoRow {
  std::string type, mode;
};

bool ReadCameo(const std::string& path, std::map<std::string, CameoRow>& out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 5 || cols[0] == "code") continue;
    out[cols[0]] = {cols[4], cols.size() > 5 ? cols[5] : ""};
  }
  return !out.empty();
}

// ---------------------------------------------------------------------------------------------
// The generator.

struct Options {
  std::string out;
  size_t events = 100000;
  uint64_t seed = 1;
  std::string cameo = ENTENTE_SOURCE_DIR "/data/kb/cameo.tsv";
  bool force = false;
};

// A drawn event before it becomes text: who, what, how.
struct Draft {
  size_t src_country = 0, tgt_country = 0;
  int dyad = -1;  // index into Dyads(), or -1
  size_t type = 0;
};

class Generator {
 public:
  Generator(const Options& opt, std::vector<std::string> trigger_modes)
      : opt_(opt), rng_(opt.seed), world_(MakeWorld()), trigger_modes_(std::move(trigger_modes)) {
    lang_pick_ = Weighted(std::vector<double>(std::begin(kLangShare), std::end(kLangShare)));
    for (size_t l = 0; l < kLangCount; ++l) {
      for (size_t o = 0; o < kOutletCount; ++o) {
        if (kOutlets[o].lang == static_cast<Lang>(l)) outlets_by_lang_[l].push_back(o);
      }
    }
    for (size_t t = 0; t < kTypeCount; ++t) {
      for (size_t k = 0; k < std::size(kTriggers); ++k) {
        if (std::string_view(kTriggers[k].type) == kTypes[t]) triggers_by_type_[t].push_back(k);
      }
    }
    general_type_ =
        Weighted(std::vector<double>(std::begin(kGeneralTypeShare), std::end(kGeneralTypeShare)));
    std::vector<double> dw;
    for (const Dyad& d : Dyads()) {
      dw.push_back(d.weight);
      std::vector<double> tw(kTypeCount, 0.0);
      for (const auto& [type, weight] : d.profile) tw[TypeIndex(type)] = weight;
      dyad_type_.emplace_back(tw);
      dyad_a_.push_back(CountryIndex(d.a));
      dyad_b_.push_back(CountryIndex(d.b));
    }
    dyad_pick_ = Weighted(dw);

    // Publication days: 2022-01-01 … 2026-06-30, busier in the first weeks of the invasion and
    // after 2023-10-07.
    const int64_t first = DaysFromCivil(2022, 1, 1), last = DaysFromCivil(2026, 6, 30);
    first_day_ = first;
    const int64_t invasion = DaysFromCivil(2022, 2, 24), october = DaysFromCivil(2023, 10, 7);
    std::vector<double> w;
    for (int64_t d = first; d <= last; ++d) {
      double x = 1.0;
      if (d >= invasion && d < invasion + 60) x = 2.5;
      if (d >= october && d < october + 60) x = 2.0;
      if ((d + 4) % 7 >= 5) x *= 0.6;  // weekends (1970-01-01 was a Thursday)
      w.push_back(x);
      days_.push_back(d);
    }
    day_pick_ = Weighted(w);
  }

  // Fills `doc` with up to `max_events` events (at least one); returns the number made.
  size_t MakeDoc(size_t index, size_t max_events, Doc& doc) {
    doc = Doc();
    const Lang lang = static_cast<Lang>(lang_pick_.Pick(rng_));
    const auto& outlets = outlets_by_lang_[lang];
    const Outlet& outlet = kOutlets[outlets[rng_.Below(outlets.size())]];
    const size_t outlet_no = static_cast<size_t>(&outlet - kOutlets);
    const int64_t day = days_[day_pick_.Pick(rng_)];
    const std::string pub = CivilFromDays(day);

    char id[48];
    std::snprintf(id, sizeof id, "gen-%llu-%07zu", static_cast<unsigned long long>(opt_.seed),
                  index);
    doc.id = id;
    doc.source = outlet.name;
    doc.date = pub;
    doc.lang_hint = kLangCodes[lang];
    doc.lang = kLangCodes[lang];
    doc.url = "https://www.outlet" + std::to_string(outlet_no + 1) + ".example/" +
              pub.substr(0, 4) + "/" + pub.substr(5, 2) + "/" + pub.substr(8, 2) + "/" + doc.id;

    // 1–5 events (mean 3), in distinct sentences of a 3–8 sentence document.
    static const Weighted kEventCount({15, 20, 30, 20, 15});
    size_t n_events = std::min(kEventCount.Pick(rng_) + 1, max_events);
    size_t n_sentences = std::max(n_events, 3 + rng_.Below(6));
    std::vector<int> slot(n_sentences, -1);  // sentence → event number, -1 = filler
    for (size_t e = 0; e < n_events; ++e) {
      size_t s;
      do s = rng_.Below(n_sentences);
      while (slot[s] >= 0);
      slot[s] = static_cast<int>(e);
    }
    // Events in sentence order; the first drafted event sets the document's story.
    std::vector<Draft> drafts;
    for (size_t e = 0; e < n_events; ++e) {
      if (e > 0 && rng_.Chance(0.6)) {
        drafts.push_back(Redraw(drafts[0]));
      } else {
        drafts.push_back(Draw(pub));
      }
    }

    const Frames& frames = kFrames[lang];
    std::map<std::string, size_t> entity_index;
    size_t next_paragraph = 2 + rng_.Below(2);
    uint32_t paragraph_begin = 0;
    for (size_t s = 0; s < n_sentences; ++s) {
      if (s > 0) {
        if (s == next_paragraph) {
          doc.body.push_back({paragraph_begin, static_cast<uint32_t>(doc.text.size())});
          doc.text += "\n\n";
          paragraph_begin = static_cast<uint32_t>(doc.text.size());
          next_paragraph += 2 + rng_.Below(2);
        } else {
          doc.text += frames.sentence_gap;
        }
      }
      if (slot[s] < 0) {
        doc.text += frames.filler[rng_.Below(frames.filler.size())];
        continue;
      }
      WriteEvent(drafts[static_cast<size_t>(slot[s])], lang, day, doc, entity_index);
    }
    doc.body.push_back({paragraph_begin, static_cast<uint32_t>(doc.text.size())});
    return n_events;
  }

 private:
  static size_t TypeIndex(std::string_view type) {
    for (size_t t = 0; t < kTypeCount; ++t) {
      if (kTypes[t] == type) return t;
    }
    std::fprintf(stderr, "make_store: internal error: unknown type %.*s\n",
                 static_cast<int>(type.size()), type.data());
    std::exit(2);
  }

  // A fresh event: a hot dyad (about half the time, when active at `pub`) or a Zipf pair.
  Draft Draw(const std::string& pub) {
    if (rng_.Chance(0.5)) {
      for (int attempt = 0; attempt < 4; ++attempt) {
        const size_t k = dyad_pick_.Pick(rng_);
        const Dyad& dyad = Dyads()[k];
        if (pub < dyad.active || (*dyad.until && pub >= dyad.until)) continue;
        Draft d;
        d.dyad = static_cast<int>(k);
        return Redraw(d);
      }
    }
    Draft d;
    d.src_country = world_.country_zipf.Pick(rng_);
    do d.tgt_country = world_.country_zipf.Pick(rng_);
    while (d.tgt_country == d.src_country);
    // A Zipf pair that is a hot dyad at `pub` follows that dyad's profile.
    for (size_t k = 0; k < Dyads().size(); ++k) {
      const Dyad& dyad = Dyads()[k];
      const bool same = (dyad_a_[k] == d.src_country && dyad_b_[k] == d.tgt_country) ||
                        (dyad_a_[k] == d.tgt_country && dyad_b_[k] == d.src_country);
      if (!same || pub < dyad.active || (*dyad.until && pub >= dyad.until)) continue;
      d.dyad = static_cast<int>(k);
      d.type = dyad_type_[k].Pick(rng_);
      return d;
    }
    d.type = general_type_.Pick(rng_);
    return d;
  }

  // Another event of the same story: same pair (direction and type drawn again).
  Draft Redraw(const Draft& story) {
    Draft d = story;
    if (story.dyad >= 0) {
      const size_t k = static_cast<size_t>(story.dyad);
      const bool forward = rng_.Chance(Dyads()[k].forward);
      d.src_country = forward ? dyad_a_[k] : dyad_b_[k];
      d.tgt_country = forward ? dyad_b_[k] : dyad_a_[k];
      d.type = dyad_type_[k].Pick(rng_);
    } else {
      if (rng_.Chance(0.3)) std::swap(d.src_country, d.tgt_country);
      d.type = general_type_.Pick(rng_);
    }
    return d;
  }

  // The state itself, or (a quarter of the time, where it has any) one of its people.
  const Actor& PickActor(size_t country) {
    const auto& people = world_.people[country];
    if (!people.empty() && rng_.Chance(0.25)) {
      return world_.persons[people[rng_.Below(people.size())]];
    }
    return world_.states[country];
  }

  void AddMention(const Actor& a, Span span, Doc& doc, std::map<std::string, size_t>& index) {
    auto [it, fresh] = index.emplace(a.id, doc.entities.size());
    if (fresh) {
      Entity e;
      e.id = a.id;
      e.name = a.name;
      e.kind = a.kind;
      e.country = a.country;
      e.sector = a.sector;
      doc.entities.push_back(std::move(e));
    }
    doc.entities[it->second].mentions.push_back(span);
  }

  void WriteEvent(const Draft& draft, Lang lang, int64_t pub_day, Doc& doc,
                  std::map<std::string, size_t>& entity_index) {
    const auto& choices = triggers_by_type_[draft.type];
    const size_t trig_no = choices[rng_.Below(choices.size())];
    const Trigger& trig = kTriggers[trig_no];
    const Actor& src = PickActor(draft.src_country);
    const Actor& tgt = PickActor(draft.tgt_country);

    Event ev;
    ev.type = trig.type;
    ev.cameo = trig.cameo;
    ev.mode = trigger_modes_[trig_no];
    const double m = rng_.Uniform();
    ev.modality = m < 0.80   ? Modality::kAsserted
                  : m < 0.89 ? Modality::kReported
                  : m < 0.94 ? Modality::kHedged
                  : m < 0.97 ? Modality::kIntended
                             : Modality::kPlanned;
    const Frames& frames = kFrames[lang];
    const char* frame;
    switch (ev.modality) {
      case Modality::kReported:
        frame = frames.reported;
        ev.attribution = rng_.Chance(0.5) ? kAgencies[rng_.Below(std::size(kAgencies))] : "";
        break;
      case Modality::kHedged:
        frame = frames.hedged;
        break;
      case Modality::kIntended:
      case Modality::kPlanned:
        frame = frames.plan;
        break;
      default:
        frame = frames.plain[rng_.Below(frames.plain.size())];
    }

    // Expand the frame, with the clause in place of "{e}", recording byte offsets.
    const uint32_t sentence_begin = static_cast<uint32_t>(doc.text.size());
    std::string_view f = frame;
    const size_t e_at = f.find("{e}");
    doc.text += f.substr(0, e_at);
    const std::string_view clause = trig.clause[lang];
    for (size_t i = 0; i < clause.size();) {
      if (clause.compare(i, 3, "{s}") == 0 || clause.compare(i, 3, "{t}") == 0) {
        const bool is_src = clause[i + 1] == 's';
        const Actor& a = is_src ? src : tgt;
        const uint32_t b = static_cast<uint32_t>(doc.text.size());
        doc.text += a.text[lang];
        Span span{b, static_cast<uint32_t>(doc.text.size())};
        entente::EventActor& ea = is_src ? ev.src : ev.tgt;
        ea.country = a.country;
        ea.actor = a.id;
        ea.span = span;
        AddMention(a, span, doc, entity_index);
        i += 3;
      } else if (clause[i] == '[') {
        ev.trigger.begin = static_cast<uint32_t>(doc.text.size());
        ++i;
      } else if (clause[i] == ']') {
        ev.trigger.end = static_cast<uint32_t>(doc.text.size());
        ++i;
      } else {
        doc.text += clause[i++];
      }
    }
    doc.text += f.substr(e_at + 3);
    const uint32_t sentence_end = static_cast<uint32_t>(doc.text.size());
    // A sentence that starts with a lower-case ASCII letter (French articles) gets a capital.
    char& first = doc.text[sentence_begin];
    if (first >= 'a' && first <= 'z') first = static_cast<char>(first - 'a' + 'A');
    ev.sentence = {sentence_begin, sentence_end};
    ev.src.text = std::string(doc.Slice(ev.src.span));
    ev.tgt.text = std::string(doc.Slice(ev.tgt.span));
    ev.trigger_text = std::string(doc.Slice(ev.trigger));

    // Event date: on or a few days before publication; sometimes only the month, rarely unknown.
    static const Weighted kLag({50, 25, 15, 10});
    const double p = rng_.Uniform();
    const int64_t lag = std::min(static_cast<int64_t>(kLag.Pick(rng_)), pub_day - first_day_);
    const std::string date = CivilFromDays(pub_day - lag);
    ev.date = p < 0.94 ? date : p < 0.98 ? date.substr(0, 7) : "";

    if (ev.type == std::string_view("ASSAULT") && rng_.Chance(0.6)) {
      std::vector<const PlaceRow*> places;
      for (const PlaceRow& pr : kPlaces) {
        if (tgt.country == pr.country) places.push_back(&pr);
      }
      if (!places.empty()) {
        const PlaceRow& pr = *places[rng_.Below(places.size())];
        ev.place = entente::Place{pr.name, pr.country, pr.lat, pr.lon};
      }
    }
    ev.confidence = std::round((0.55 + 0.43 * rng_.Uniform()) * 100) / 100;
    doc.events.push_back(std::move(ev));
  }

  const Options& opt_;
  Rng rng_;
  World world_;
  std::vector<std::string> trigger_modes_;  // per kTriggers entry, from cameo.tsv
  Weighted lang_pick_, general_type_, dyad_pick_, day_pick_;
  std::array<std::vector<size_t>, kLangCount> outlets_by_lang_;
  std::array<std::vector<size_t>, kTypeCount> triggers_by_type_;
  std::vector<Weighted> dyad_type_;
  std::vector<size_t> dyad_a_, dyad_b_;
  std::vector<int64_t> days_;
  int64_t first_day_ = 0;  // event dates do not go before the first publication day
};

// Checks what the store will require of a document: spans inside the text and their sentence.
// The records a store keeps for a document: the document, its entities, their mentions, its
// events, story terms and framing hits (what a row-oriented store writes one row each for).
size_t RowsOf(const Doc& doc) {
  size_t rows =
      1 + doc.entities.size() + doc.events.size() + doc.story_terms.size() + doc.framing.size();
  for (const Entity& e : doc.entities) rows += e.mentions.size();
  return rows;
}

bool CheckDoc(const Doc& doc) {
  auto in = [&](Span s) { return s.begin <= s.end && s.end <= doc.text.size(); };
  for (const Event& e : doc.events) {
    if (!in(e.sentence) || !e.sentence.Contains(e.src.span) || !e.sentence.Contains(e.tgt.span) ||
        !e.sentence.Contains(e.trigger) || e.trigger.empty() || e.src.span.empty() ||
        e.tgt.span.empty()) {
      return false;
    }
  }
  for (const Entity& ent : doc.entities) {
    for (Span m : ent.mentions) {
      if (!in(m) || m.empty()) return false;
    }
  }
  return true;
}

int Usage() {
  std::fprintf(stderr,
               "usage: make_store OUT.db [--events N] [--seed S] [--cameo PATH] [--force]\n"
               "  writes a synthetic store of N events (default 100000) for load tests;\n"
               "  --force replaces an existing OUT.db\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--events" || arg == "--seed") {
      const char* v = value();
      char* end = nullptr;
      const unsigned long long n = v ? std::strtoull(v, &end, 10) : 0;
      if (!v || *v == '\0' || *end != '\0' || *v == '-') return Usage();
      if (arg == "--events") {
        if (n == 0) return Usage();
        opt.events = static_cast<size_t>(n);
      } else {
        opt.seed = n;
      }
    } else if (arg == "--cameo") {
      const char* v = value();
      if (!v) return Usage();
      opt.cameo = v;
    } else if (arg == "--force") {
      opt.force = true;
    } else if (arg == "-h" || arg == "--help") {
      Usage();
      return 0;
    } else if (!arg.empty() && arg[0] != '-' && opt.out.empty()) {
      opt.out = arg;
    } else {
      return Usage();
    }
  }
  if (opt.out.empty()) return Usage();

  std::map<std::string, CameoRow> cameo;
  if (!ReadCameo(opt.cameo, cameo)) {
    std::fprintf(stderr, "make_store: cannot read the CAMEO table '%s' (use --cameo PATH)\n",
                 opt.cameo.c_str());
    return 2;
  }
  std::vector<std::string> modes;
  for (const Trigger& t : kTriggers) {
    auto it = cameo.find(t.cameo);
    if (it == cameo.end() || it->second.type != t.type) {
      std::fprintf(stderr, "make_store: CAMEO %s is not a %s code in '%s'\n", t.cameo, t.type,
                   opt.cameo.c_str());
      return 2;
    }
    modes.push_back(it->second.mode);
  }

  std::error_code ec;
  if (opt.out.find("://") == std::string::npos && std::filesystem::exists(opt.out, ec)) {
    if (!opt.force) {
      std::fprintf(stderr, "make_store: '%s' exists (use --force to replace it)\n",
                   opt.out.c_str());
      return 2;
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(opt.out + suffix, ec);
  }

  const auto start = std::chrono::steady_clock::now();
  auto store = entente::Store::Open(opt.out, entente::Store::Mode::kReadWrite);
  if (!store) {
    std::cerr << "make_store: " << store.error().message() << "\n";
    return 2;
  }
  Generator gen(opt, std::move(modes));
  constexpr size_t kBatch = 500;
  std::vector<Doc> batch(kBatch);
  size_t docs = 0, events = 0, written_events = 0, rows = 0;
  double gather_seconds = 0, fingerprint_seconds = 0;
  while (events < opt.events) {
    size_t n = 0;
    for (; n < kBatch && events < opt.events; ++n) {
      events += gen.MakeDoc(docs, opt.events - events, batch[n]);
      if (!CheckDoc(batch[n])) {
        std::fprintf(stderr, "make_store: internal error: bad spans in %s\n", batch[n].id.c_str());
        return 2;
      }
      ++docs;
    }
    batch.resize(n);
    for (const Doc& d : batch) rows += RowsOf(d);
    auto result = (*store)->Write(batch);
    if (!result) {
      std::cerr << "make_store: " << result.error().message() << "\n";
      return 2;
    }
    written_events += result->events;
    gather_seconds += result->gather_seconds;
    fingerprint_seconds += result->fingerprint_seconds;
    batch.resize(kBatch);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "%s: %zu documents, %zu events (%zu written), %zu records in %.2f s: %.0f documents/s, "
      "%.0f records/s\n",
      opt.out.c_str(), docs, events, written_events, rows, seconds, docs / seconds, rows / seconds);
  // The store's own aggregation: fingerprints, report chains and the gathering of mentions into
  // real-world events, inside its writes (SQLite; a store that derives them when read says 0).
  if (gather_seconds > 0)
    std::printf(
        "aggregation: %.2f s of the writes, %.0f mentions/s; fingerprints: %.2f s, %.0f "
        "documents/s\n",
        gather_seconds, written_events / gather_seconds, fingerprint_seconds,
        docs / fingerprint_seconds);
  return 0;
}
