// SPDX-License-Identifier: LicenseRef-Sportello
// The review panel with an extractive FAQ draft as the server sends it: the agent sees how
// sure the assistant is and which FAQ the answer comes from, and can still approve or edit it.
#include <gtest/gtest.h>

#include <QPushButton>

#include "views/draftreviewpanel.h"
#include "viewtestsupport.h"

using namespace sportello;
using namespace sportello::console;
using console::test::child;
using views::DraftReviewPanel;

namespace {

class FaqDraftReviewTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureViewsApplication(); }
};

protocol::DraftInfo faqDraft()
{
    protocol::DraftInfo draft;
    draft.id = 41;
    draft.conversationId = 3;
    draft.text = QStringLiteral("Lo sbiancamento professionale costa 250 euro.");
    draft.intent = QStringLiteral("pricing_inquiry");
    draft.confidence = 0.912;
    draft.sources = {{QStringLiteral("faq.csv › Prezzi › Quanto costa lo sbiancamento?"),
                      QStringLiteral("Lo sbiancamento professionale costa 250 euro."), 7.4}};
    draft.state = QStringLiteral("pending");
    draft.createdAt = 1700000000000;
    return draft;
}

TEST_F(FaqDraftReviewTest, ShowsConfidenceAndTheCitedFaq)
{
    DraftReviewPanel panel;
    panel.show();
    panel.setDraft(faqDraft());
    EXPECT_EQ(panel.confidencePercent(), 91);
    const QString sources = panel.sourcesText();
    EXPECT_TRUE(sources.contains(QStringLiteral("Quanto costa lo sbiancamento?"))) << sources;
    EXPECT_TRUE(sources.contains(QStringLiteral("faq.csv"))) << sources;
    EXPECT_TRUE(sources.contains(QStringLiteral("250 euro"))) << sources;

    console::test::SignalLog approved(&panel, &DraftReviewPanel::approveRequested);
    auto *approve = child<QPushButton>(panel, "approveDraftButton");
    ASSERT_NE(approve, nullptr);
    EXPECT_TRUE(approve->isEnabled());
    approve->click();
    ASSERT_EQ(approved.count(), 1);
    EXPECT_EQ(approved.arg<0>(0), 41);
}

TEST_F(FaqDraftReviewTest, SourceTitlesAreShownAsTextNotMarkup)
{
    protocol::DraftInfo draft = faqDraft();
    draft.sources = {
        {QStringLiteral("faq.csv › <b>Promo</b> & sconti"), QStringLiteral("<i>x</i>"), 1.0}};
    DraftReviewPanel panel;
    panel.setDraft(draft);
    EXPECT_TRUE(
        panel.sourcesText().contains(QStringLiteral("&lt;b&gt;Promo&lt;/b&gt; &amp; sconti")))
        << panel.sourcesText();
}

} // namespace
