// SPDX-License-Identifier: LicenseRef-Sportello
// Metatype declarations for the protocol structs the console carries in QVariants and signals.
#pragma once

#include <QList>
#include <QMetaType>

#include "domain/agentrole.h"
#include "domain/inboxqueue.h"
#include "protocol/businesssettings.h"
#include "protocol/cannedresponse.h"
#include "protocol/conversationsummary.h"
#include "protocol/dashboarddata.h"
#include "protocol/draftinfo.h"
#include "protocol/envelope.h"
#include "protocol/presenceinfo.h"
#include "protocol/protocolerror.h"
#include "protocol/queuecounts.h"
#include "protocol/session.h"
#include "protocol/templateinfo.h"
#include "protocol/threadentry.h"
#include "protocol/userinfo.h"
#include "protocol/usersettings.h"

// Item roles hand these out as QVariant::fromValue(...) and views read them back with
// value<T>(); declaring them once here keeps every translation unit agreeing on the ids.
Q_DECLARE_METATYPE(sportello::AgentRole)
Q_DECLARE_METATYPE(sportello::InboxQueue)
Q_DECLARE_METATYPE(sportello::protocol::BusinessSettings)
Q_DECLARE_METATYPE(sportello::protocol::CannedResponse)
Q_DECLARE_METATYPE(sportello::protocol::ConversationSummary)
Q_DECLARE_METATYPE(sportello::protocol::DashboardData)
Q_DECLARE_METATYPE(sportello::protocol::DraftInfo)
Q_DECLARE_METATYPE(sportello::protocol::Envelope)
Q_DECLARE_METATYPE(sportello::protocol::PresenceInfo)
Q_DECLARE_METATYPE(sportello::protocol::ProtocolError)
Q_DECLARE_METATYPE(sportello::protocol::QueueCounts)
Q_DECLARE_METATYPE(sportello::protocol::Session)
Q_DECLARE_METATYPE(sportello::protocol::TemplateInfo)
Q_DECLARE_METATYPE(sportello::protocol::ThreadEntry)
Q_DECLARE_METATYPE(sportello::protocol::UserInfo)
Q_DECLARE_METATYPE(sportello::protocol::UserSettings)
