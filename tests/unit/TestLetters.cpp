// The letter kinds of DOMAIN.md §7, the strict Mustache engine, the template check and the
// builder of a letter's values: everything about letters short of the PDF (TestLetterPdf.cpp).

#include "LetterFixtures.h"
#include "letters/LetterData.h"
#include "letters/LetterKind.h"
#include "letters/LetterTemplates.h"
#include "letters/MustacheTemplate.h"

#include <QSet>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

bool namesField(const Error &e, const QString &field)
{
    for (const FieldError &f : e.fields)
        if (f.field == field)
            return e.message.contains(field) || e.message.contains(QStringLiteral("{{%1}}").arg(field));
    return false;
}

QString builtIn(LetterKind kind)
{
    return LetterTemplates::builtIn(kind);
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elevenKindsWithStableIds()
    {
        const QList<LetterKind> kinds = LetterKinds::all();
        QCOMPARE(kinds.size(), 11);
        const QStringList expected { QStringLiteral("disclosure"),     QStringLiteral("partial-disclosure"),
                                     QStringLiteral("non-disclosure"), QStringLiteral("correction"),
                                     QStringLiteral("no-correction"),  QStringLiteral("suspension"),
                                     QStringLiteral("no-suspension"),  QStringLiteral("amendment-request"),
                                     QStringLiteral("extension"),      QStringLiteral("third-party-opinion"),
                                     QStringLiteral("purpose-notice") };
        QStringList ids;
        for (LetterKind k : kinds) {
            ids << LetterKinds::id(k);
            QCOMPARE(LetterKinds::fromId(LetterKinds::id(k)), k);
            QVERIFY(LetterKinds::title(k).endsWith(QStringLiteral("書")));
            QVERIFY(!LetterKinds::displayName(k).isEmpty());
            QVERIFY(!LetterKinds::items(k, LetterKinds::regimes(k).constFirst()).isEmpty());
        }
        QCOMPARE(ids, expected);
        QVERIFY(!LetterKinds::fromId(QStringLiteral("nonsense")));
        QCOMPARE(LetterKinds::title(LetterKind::NoSuspension), QStringLiteral("利用不停止決定通知書"));
    }

    void regimesAndSubjects()
    {
        QVERIFY(!LetterKinds::allowedIn(LetterKind::Extension, LegalRegime::Private));
        QVERIFY(!LetterKinds::allowedIn(LetterKind::ThirdPartyOpinion, LegalRegime::Private));
        QVERIFY(!LetterKinds::allowedIn(LetterKind::PurposeNotice, LegalRegime::Public));
        QVERIFY(LetterKinds::allowedIn(LetterKind::Disclosure, LegalRegime::Public));
        QCOMPARE(LetterKinds::subject(LetterKind::Disclosure, LegalRegime::Private),
                 QStringLiteral("保有個人データの開示について（通知）"));
        QCOMPARE(LetterKinds::subject(LetterKind::Disclosure, LegalRegime::Public),
                 QStringLiteral("保有個人情報の開示をする旨の決定について（通知）"));
        for (LetterKind k : LetterKinds::all())
            for (LegalRegime r : LetterKinds::regimes(k)) {
                const QString s = LetterKinds::subject(k, r);
                QVERIFY2(s.contains(LetterKinds::dataTerm(r)) || k == LetterKind::Extension, qPrintable(s));
                QVERIFY(s.endsWith(QStringLiteral("）")));
            }
        QVERIFY(LetterKinds::isDecisionLetter(LetterKind::NoCorrection));
        QVERIFY(!LetterKinds::isDecisionLetter(LetterKind::AmendmentRequest));
    }

    // What the clerk adds to each kind (LetterKinds::inputs), table-driven: every kind in both
    // regimes, the expected inputs written out here as letters — p postage, e enclosures,
    // r recipients informed, u purposes of use, s what to supply, a third party's address,
    // i information concerned; "-" none; "x" a kind the regime does not allow (no inputs either).
    void inputs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QString>("expected");
        struct Row
        {
            const char *kind;
            const char *privateInputs;
            const char *publicInputs;
        };
        const Row rows[] = {
            { "disclosure", "pe", "pe" },   { "partial-disclosure", "pe", "pe" },
            { "non-disclosure", "-", "-" }, { "correction", "-", "r" },
            { "no-correction", "-", "-" },  { "suspension", "-", "-" },
            { "no-suspension", "-", "-" },  { "amendment-request", "s", "s" },
            { "extension", "x", "-" },      { "third-party-opinion", "x", "ai" },
            { "purpose-notice", "u", "x" },
        };
        for (const Row &r : rows) {
            QTest::addRow("%s/private", r.kind) << QString::fromLatin1(r.kind) << QStringLiteral("private")
                                                << QString::fromLatin1(r.privateInputs);
            QTest::addRow("%s/public", r.kind) << QString::fromLatin1(r.kind) << QStringLiteral("public")
                                               << QString::fromLatin1(r.publicInputs);
        }
    }
    void inputs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, regime);
        QFETCH(QString, expected);
        const auto k = LetterKinds::fromId(kind);
        const auto r = LetterKinds::regimeFromId(regime);
        QVERIFY(k && r);
        QCOMPARE(LetterKinds::allowedIn(*k, *r), expected != QLatin1String("x"));
        using F = LetterInputField;
        const QList<std::pair<QChar, F>> letters {
            { u'p', F::Postage },    { u'e', F::Enclosures }, { u'r', F::RecipientsInformed },
            { u'u', F::Purposes },   { u's', F::ToSupply },   { u'a', F::ThirdPartyAddress },
            { u'i', F::Information }
        };
        const LetterInputs got = LetterKinds::inputs(*k, *r);
        for (const auto &[letter, field] : letters)
            QVERIFY2(got.testFlag(field) == expected.contains(letter), qPrintable(QString(letter)));
        QCOMPARE(bool(got), expected != QLatin1String("-") && expected != QLatin1String("x"));
    }

    void everyDecisionHasItsLetter()
    {
        QCOMPARE(LetterKinds::forDecision(DecisionKind::NotHeld, RequestType::Disclosure),
                 LetterKind::NonDisclosure);
        QCOMPARE(LetterKinds::forDecision(DecisionKind::MethodChange, RequestType::Disclosure),
                 LetterKind::Disclosure);
        QCOMPARE(LetterKinds::forDecision(DecisionKind::Substitute, RequestType::Suspension),
                 LetterKind::Suspension);
        QCOMPARE(LetterKinds::forDecision(DecisionKind::Refusal, RequestType::PurposeNotice),
                 LetterKind::NonDisclosure);
        QCOMPARE(LetterKinds::forDecision(DecisionKind::Notify, RequestType::PurposeNotice),
                 LetterKind::PurposeNotice);
        QVERIFY(!LetterKinds::forDecision(DecisionKind::Response, RequestType::Complaint));
        QVERIFY(!LetterKinds::forDecision(DecisionKind::Correct, RequestType::Disclosure)); // not an answer
        for (RequestType t : RequestVocabulary::types())
            for (DecisionKind d : DecisionVocabulary::kindsFor(t)) {
                const auto letter = LetterKinds::forDecision(d, t);
                QVERIFY2(letter || d == DecisionKind::Response, qPrintable(DecisionVocabulary::id(d)));
                if (letter) {
                    QVERIFY(LetterKinds::isDecisionLetter(*letter));
                    QVERIFY(LetterKinds::answers(*letter).contains(d));
                }
            }
    }

    void fieldsAreUniqueAndNamed()
    {
        for (LetterKind k : LetterKinds::all()) {
            QSet<QString> seen;
            for (const LetterField &f : LetterKinds::fields(k)) {
                QVERIFY2(!seen.contains(f.name), qPrintable(f.name));
                seen.insert(f.name);
                QVERIFY(!f.description.isEmpty());
                QCOMPARE(f.type == LetterField::Type::List, !f.itemFields.isEmpty());
            }
            for (const QString &name :
                 { QStringLiteral("document_number"), QStringLiteral("issue_date"),
                   QStringLiteral("addressee_name"), QStringLiteral("subject"), QStringLiteral("legal_basis"),
                   QStringLiteral("request_date"), QStringLiteral("contact_phone") })
                QVERIFY(LetterKinds::requiredFields(k).contains(name));
            QCOMPARE(LetterKinds::requiredFields(k).contains(QStringLiteral("public_regime")),
                     LetterKinds::isDecisionLetter(k));
        }
        QVERIFY(
            LetterKinds::requiredFields(LetterKind::PartialDisclosure).contains(QStringLiteral("withheld")));
        QVERIFY(!LetterKinds::field(LetterKind::ThirdPartyOpinion, QStringLiteral("agent")));
    }

    // --- the engine -------------------------------------------------------------------------

    void mustacheEscapesEveryValue()
    {
        auto t = MustacheTemplate::parse(QStringLiteral("<p>{{name}}</p>{{#items}}<i>{{v}}</i>{{/items}}"));
        QVERIFY(t);
        QCOMPARE(t->names(),
                 (QStringList { QStringLiteral("name"), QStringLiteral("items"), QStringLiteral("v") }));
        const QVariantMap values {
            { QStringLiteral("name"), QStringLiteral("<b>髙﨑</b> & \"x\" 'y'\nz") },
            { QStringLiteral("items"),
              QVariantList { QVariantMap { { QStringLiteral("v"), QStringLiteral("<i>") } } } },
        };
        auto html = t->render(values);
        QVERIFY2(html, qPrintable(html.error().message));
        QCOMPARE(html.value(),
                 QStringLiteral("<p>&lt;b&gt;髙﨑&lt;/b&gt; &amp; &quot;x&quot; &#39;y&#39;<br />z</p>"
                                "<i>&lt;i&gt;</i>"));
    }

    void mustacheRefusesHoles()
    {
        auto t = MustacheTemplate::parse(
            QStringLiteral("{{a}} {{#list}}{{b}}{{/list}} {{^flag}}{{c}}{{/flag}}"));
        QVERIFY(t);
        const QVariantMap values {
            { QStringLiteral("a"), QString() },
            { QStringLiteral("list"),
              QVariantList { QVariantMap { { QStringLiteral("b"), QStringLiteral("ok") } },
                             QVariantMap {} } },
            { QStringLiteral("flag"), false },
        };
        auto html = t->render(values);
        QVERIFY(!html);
        QCOMPARE(html.error().code, ErrorCode::Validation);
        QVERIFY(namesField(html.error(), QStringLiteral("a"))); // empty
        QVERIFY(namesField(html.error(), QStringLiteral("list[2].b"))); // missing in the second item
        QVERIFY(namesField(html.error(), QStringLiteral("c"))); // missing where the section shows
        // A section whose value is false or empty never looks at what it hides.
        auto hidden
            = MustacheTemplate::parse(QStringLiteral("x{{#flag}}{{missing}}{{/flag}}{{#t}}[{{t}}]{{/t}}"));
        QVERIFY(hidden);
        auto ok = hidden->render({ { QStringLiteral("flag"), false }, { QStringLiteral("t"), QString() } });
        QVERIFY2(ok, qPrintable(ok.error().message));
        QCOMPARE(ok.value(), QStringLiteral("x"));
        // Not text: a flag printed as {{flag}}.
        auto flagAsText = MustacheTemplate::parse(QStringLiteral("{{flag}}"));
        QVERIFY(!flagAsText->render({ { QStringLiteral("flag"), true } }));
    }

    void mustacheSyntaxRefusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("unclosed tag") << QStringLiteral("a\nb {{name") << QStringLiteral("Line 2");
        QTest::newRow("unclosed section") << QStringLiteral("{{#a}}\n\n{{b}}") << QStringLiteral("{{#a}}");
        QTest::newRow("crossed sections")
            << QStringLiteral("{{#a}}{{#b}}{{/a}}{{/b}}") << QStringLiteral("{{/a}}");
        QTest::newRow("stray close") << QStringLiteral("{{/a}}") << QStringLiteral("never opened");
        QTest::newRow("triple braces") << QStringLiteral("{{{name}}}") << QStringLiteral("unescaped");
        QTest::newRow("ampersand") << QStringLiteral("{{& name}}") << QStringLiteral("unescaped");
        QTest::newRow("partial") << QStringLiteral("{{> other}}") << QStringLiteral("partials");
        QTest::newRow("delimiters") << QStringLiteral("{{=<% %>=}}") << QStringLiteral("delimiters");
        QTest::newRow("bad name") << QStringLiteral("{{Name}}") << QStringLiteral("Name");
        QTest::newRow("dotted name") << QStringLiteral("{{a.b}}") << QStringLiteral("a.b");
    }
    void mustacheSyntaxRefusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto t = MustacheTemplate::parse(text);
        QVERIFY(!t);
        QCOMPARE(t.error().code, ErrorCode::Validation);
        QVERIFY2(t.error().message.contains(says), qPrintable(t.error().message));
    }

    // --- templates --------------------------------------------------------------------------

    void builtInTemplatesPass()
    {
        for (LetterKind k : LetterKinds::all()) {
            const QString text = builtIn(k);
            QVERIFY2(!text.isEmpty(), qPrintable(LetterKinds::id(k)));
            const Status s = LetterTemplates::validate(k, text);
            QVERIFY2(s, qPrintable(LetterKinds::id(k) + QStringLiteral(": ") + s.error().message));
        }
    }

    void templateWithUnknownPlaceholderIsRefused()
    {
        QString text = builtIn(LetterKind::Disclosure);
        text.replace(QStringLiteral("{{method}}"), QStringLiteral("{{method}}{{fax_number}}"));
        const Status s = LetterTemplates::validate(LetterKind::Disclosure, text);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Validation);
        QVERIFY2(namesField(s.error(), QStringLiteral("fax_number")), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("Line ")));
    }

    void templateWithoutRequiredFieldIsRefused()
    {
        QString text = builtIn(LetterKind::Disclosure);
        text.replace(QStringLiteral("{{fee}}"), QStringLiteral("300円"));
        text.replace(QStringLiteral("{{legal_basis}}"), QStringLiteral("法"));
        const Status s = LetterTemplates::validate(LetterKind::Disclosure, text);
        QVERIFY(!s);
        QVERIFY2(namesField(s.error(), QStringLiteral("fee")), qPrintable(s.error().message));
        QVERIFY2(namesField(s.error(), QStringLiteral("legal_basis")), qPrintable(s.error().message));
        QCOMPARE(s.error().fields.size(), 2);

        // A list's required item field must be used inside the list.
        QString partial = builtIn(LetterKind::PartialDisclosure);
        partial.replace(QStringLiteral("{{ground}}"), QString());
        const Status p = LetterTemplates::validate(LetterKind::PartialDisclosure, partial);
        QVERIFY(!p);
        QVERIFY2(namesField(p.error(), QStringLiteral("withheld.ground"))
                     || p.error().message.contains(QStringLiteral("ground")),
                 qPrintable(p.error().message));
    }

    void templateMisusesAreRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed") << QStringLiteral("{{/withheld}}") << QString()
                                   << QStringLiteral("withheld");
        QTest::newRow("item field outside its list")
            << QStringLiteral("{{subject}}") << QStringLiteral("{{subject}}{{part}}")
            << QStringLiteral("part");
        QTest::newRow("flag printed") << QStringLiteral("{{subject}}")
                                      << QStringLiteral("{{subject}}{{agent}}") << QStringLiteral("agent");
        QTest::newRow("list printed")
            << QStringLiteral("{{subject}}") << QStringLiteral("{{subject}}{{withheld}}")
            << QStringLiteral("withheld");
        QTest::newRow("unescaped") << QStringLiteral("{{subject}}") << QStringLiteral("{{{subject}}}")
                                   << QStringLiteral("unescaped");
        QTest::newRow("region marker missing")
            << QStringLiteral("<!--dsr:contact-->") << QString() << QStringLiteral("<!--dsr:contact-->");
        // Found by fuzz_template: the filled letter is cut at the markers, so a marker inside a
        // section would be dropped or repeated by the filling.
        QTest::newRow("region marker inside a section")
            << QStringLiteral("<!--dsr:address-->")
            << QStringLiteral("{{#agent}}<!--dsr:address-->{{/agent}}") << QStringLiteral("inside a section");
    }
    void templateMisusesAreRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        QString text = builtIn(LetterKind::PartialDisclosure);
        QVERIFY(text.contains(from));
        text.replace(from, to);
        const Status s = LetterTemplates::validate(LetterKind::PartialDisclosure, text);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Validation);
        QVERIFY2(s.error().message.contains(field), qPrintable(s.error().message));
    }

    void regionsSplit()
    {
        auto r = LetterTemplates::split(builtIn(LetterKind::Disclosure));
        QVERIFY(r);
        QVERIFY(r->preamble.contains(QStringLiteral("<style>")));
        QVERIFY(r->heading.contains(QStringLiteral("{{document_number}}")));
        QVERIFY(r->address.contains(QStringLiteral("{{addressee_address}}")));
        QVERIFY(r->body.contains(QStringLiteral("以上")));
        QVERIFY(r->contact.contains(QStringLiteral("{{contact_phone}}")));
        QString twice = builtIn(LetterKind::Disclosure);
        twice.append(QStringLiteral("<!--dsr:body-->"));
        QVERIFY(!LetterTemplates::split(twice));
    }

    // --- the builder ------------------------------------------------------------------------

    void builderFillsEveryField()
    {
        for (LetterKind k : LetterKinds::all())
            for (LegalRegime regime : LetterKinds::regimes(k)) {
                const QString row = LetterKinds::id(k) + QLatin1Char('/') + LetterKinds::regimeId(regime);
                auto data = LetterDataBuilder::build(letterFacts(k, regime), letterSettings(regime));
                QVERIFY2(data, qPrintable(row + QStringLiteral(": ") + data.error().message));
                QSet<QString> expected;
                for (const LetterField &f : LetterKinds::fields(k))
                    expected.insert(f.name);
                const QStringList keys = data->values.keys();
                QCOMPARE(QSet<QString>(keys.begin(), keys.end()), expected);
                QVERIFY(data->documentTitle.contains(QStringLiteral("長共総第123号")));
                QVERIFY(!data->documentTitle.contains(QStringLiteral("花子"))); // no personal data
                // The built-in template fills without a hole.
                auto t = MustacheTemplate::parse(builtIn(k));
                QVERIFY(t);
                auto html = t->render(data->values);
                QVERIFY2(html, qPrintable(row + QStringLiteral(": ") + html.error().message));
            }
    }

    void builderWordsTheRegime()
    {
        auto priv = LetterDataBuilder::build(letterFacts(LetterKind::NonDisclosure, LegalRegime::Private),
                                             letterSettings(LegalRegime::Private));
        QVERIFY(priv);
        QCOMPARE(priv->values.value(QStringLiteral("legal_basis")).toString(),
                 QStringLiteral("個人情報の保護に関する法律第33条第3項"));
        QCOMPARE(priv->values.value(QStringLiteral("request_date")).toString(),
                 QStringLiteral("令和7年3月10日"));
        QCOMPARE(priv->values.value(QStringLiteral("addressee_name")).toString(),
                 QStringLiteral("髙﨑 花子"));
        auto pub = LetterDataBuilder::build(letterFacts(LetterKind::NonDisclosure, LegalRegime::Public),
                                            letterSettings(LegalRegime::Public));
        QVERIFY(pub);
        QCOMPARE(pub->values.value(QStringLiteral("legal_basis")).toString(),
                 QStringLiteral("個人情報の保護に関する法律第82条第2項"));
        QVERIFY(pub->values.value(QStringLiteral("public_regime")).toBool());
        QVERIFY(pub->values.value(QStringLiteral("grounds"))
                    .toList()
                    .constFirst()
                    .toMap()
                    .value(QStringLiteral("ground"))
                    .toString()
                    .contains(QStringLiteral("第78条第1項第2号")));
        QCOMPARE(
            LetterDataBuilder::article(LetterKind::Extension, LegalRegime::Public, RequestType::Correction),
            QStringLiteral("第94条第2項"));
        QCOMPARE(LetterDataBuilder::article(LetterKind::Extension, LegalRegime::Public,
                                            RequestType::Disclosure, std::nullopt, true),
                 QStringLiteral("第84条"));
        QCOMPARE(LetterDataBuilder::article(LetterKind::Disclosure, LegalRegime::Private,
                                            RequestType::ProvisionRecord),
                 QStringLiteral("第33条第5項において準用する同条第2項"));
        QCOMPARE(LetterDataBuilder::yen(1200), QStringLiteral("1,200円"));
    }

    void builderRefusals()
    {
        // A kind the regime does not allow.
        auto ext = LetterDataBuilder::build(letterFacts(LetterKind::Extension, LegalRegime::Public),
                                            letterSettings(LegalRegime::Private));
        QVERIFY(!ext);
        QVERIFY(ext.error().message.contains(QStringLiteral("public")));
        // A decision letter for the wrong decision.
        LetterFacts wrong = letterFacts(LetterKind::Disclosure, LegalRegime::Private);
        wrong.decision->kind = DecisionKind::Partial;
        auto w = LetterDataBuilder::build(wrong, letterSettings(LegalRegime::Private));
        QVERIFY(!w);
        QVERIFY(w.error().message.contains(LetterKinds::title(LetterKind::PartialDisclosure)));
        // Every missing fact named at once.
        LetterFacts missing = letterFacts(LetterKind::Disclosure, LegalRegime::Private);
        missing.documentNumber.clear();
        missing.personInCharge.clear();
        missing.recipient.address.clear();
        OrganisationSettings noHead = letterSettings(LegalRegime::Private);
        noHead.set(Setting::HeadName, QString(), 2);
        auto m = LetterDataBuilder::build(missing, noHead);
        QVERIFY(!m);
        QCOMPARE(m.error().code, ErrorCode::Validation);
        for (const QString &f : { QStringLiteral("document_number"), QStringLiteral("contact_person"),
                                  QStringLiteral("addressee_address"), QStringLiteral("head_name") })
            QVERIFY2(std::any_of(m.error().fields.begin(), m.error().fields.end(),
                                 [&](const FieldError &e) { return e.field == f; }),
                     qPrintable(f + QStringLiteral(": ") + m.error().message));
        QVERIFY(m.error().message.contains(QStringLiteral("organisation.head_name")));
        // A draft before a number is allocated.
        QCOMPARE(LetterDataBuilder::draftDocumentNumber(letterSettings(LegalRegime::Private)),
                 QStringLiteral("長共総第　　号"));
    }

    void agentsAreAddressed()
    {
        LetterFacts f = letterFacts(LetterKind::Disclosure, LegalRegime::Private);
        f.request.requester.kind = RequesterKind::StatutoryAgent;
        f.request.requester.agentName = QStringLiteral("髙﨑 太郎");
        auto data = LetterDataBuilder::build(f, letterSettings(LegalRegime::Private));
        QVERIFY(data);
        QCOMPARE(data->values.value(QStringLiteral("addressee_name")).toString(),
                 QStringLiteral("髙﨑 太郎"));
        QCOMPARE(data->values.value(QStringLiteral("principal_name")).toString(),
                 QStringLiteral("髙﨑 花子"));
        QVERIFY(data->values.value(QStringLiteral("agent")).toBool());
        QCOMPARE(data->values.value(QStringLiteral("agent_kind")).toString(), QStringLiteral("法定代理人"));
    }

    void eraDatesOnLetters_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("half");
        QTest::addColumn<QString>("full");
        QTest::newRow("last day of Showa")
            << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日") << QStringLiteral("昭和６４年１月７日");
        QTest::newRow("first day of Heisei")
            << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日") << QStringLiteral("平成元年１月８日");
        QTest::newRow("last day of Heisei") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日")
                                            << QStringLiteral("平成３１年４月３０日");
        QTest::newRow("first day of Reiwa")
            << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日") << QStringLiteral("令和元年５月１日");
    }
    void eraDatesOnLetters()
    {
        QFETCH(QDate, date);
        QFETCH(QString, half);
        QFETCH(QString, full);
        LetterFacts f = letterFacts(LetterKind::NoCorrection, LegalRegime::Private);
        f.issueDate = date;
        f.request.received = date;
        OrganisationSettings s = letterSettings(LegalRegime::Private);
        auto h = LetterDataBuilder::build(f, s);
        QVERIFY(h);
        QCOMPARE(h->values.value(QStringLiteral("issue_date")).toString(), half);
        QCOMPARE(h->digits, JapaneseEra::Digits::HalfWidth);
        s.set(Setting::LetterDigits, QStringLiteral("full"), 1);
        auto w = LetterDataBuilder::build(f, s);
        QVERIFY(w);
        QCOMPARE(w->values.value(QStringLiteral("issue_date")).toString(), full);
        QCOMPARE(w->values.value(QStringLiteral("request_date")).toString(), full);
        QCOMPARE(w->digits, JapaneseEra::Digits::FullWidth);
    }

    void letterSettingsAreRegistered()
    {
        QCOMPARE(Settings::fromName(QStringLiteral("letters.digits")), Setting::LetterDigits);
        QCOMPARE(Settings::info(Setting::LetterDigits).defaultValue, QStringLiteral("half"));
        QVERIFY(!Settings::validate(Setting::LetterDigits, QStringLiteral("wide")));
        QCOMPARE(Settings::info(Setting::AddressLeftMm).defaultValue, QStringLiteral("25"));
        QVERIFY(Settings::validate(Setting::AddressTopMm, QStringLiteral("15")));
        QVERIFY(!Settings::validate(Setting::AddressWidthMm, QStringLiteral("500")));
        QCOMPARE(Settings::info(Setting::LetterSeal).defaultValue, QStringLiteral("omit"));
    }
};

QTEST_GUILESS_MAIN(TestLetters)
#include "TestLetters.moc"
