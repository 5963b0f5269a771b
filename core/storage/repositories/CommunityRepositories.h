#pragma once

#include "core/common/Result.h"
#include "core/model/Community.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

// The repositories of the community side (schema 8). Each has the same shape as the others of the workspace:
// list/find, add (with its id when set, to restore a removed record), update against the revision it was loaded at
// (Conflict when changed meanwhile, unless OnConflict::Overwrite), remove at an expected revision. Every write is one
// transaction and one change-log entry. Entries about key people never name them in the change log.

/// Groups and communities, with their needs (saved with the group).
class GroupRepository
{
public:
    explicit GroupRepository(Workspace& ws) : m_ws(ws) {}

    /// All groups, by name.
    Result<QList<CommunityGroup>> list() const;
    Result<CommunityGroup> find(qint64 id) const;
    Result<CommunityGroup> add(const CommunityGroup& group);
    Result<CommunityGroup> update(const CommunityGroup& group, OnConflict policy = OnConflict::Report);
    /// Removes a group with its needs, key people and their links; places and activities stay.
    Status remove(qint64 id, int expectedRevision);
    /// Number of groups.
    Result<int> count() const;

    /// Checks the editable fields; the error names the field.
    static Status validate(const CommunityGroup& group);

private:
    Workspace& m_ws;
};

/// Points of convergence and community resources, with the groups that use them.
class PlaceRepository
{
public:
    explicit PlaceRepository(Workspace& ws) : m_ws(ws) {}

    /// All places, by name.
    Result<QList<CommunityPlace>> list() const;
    Result<CommunityPlace> find(qint64 id) const;
    Result<CommunityPlace> add(const CommunityPlace& place);
    Result<CommunityPlace> update(const CommunityPlace& place, OnConflict policy = OnConflict::Report);
    Status remove(qint64 id, int expectedRevision);
    Result<int> count() const;

    static Status validate(const CommunityPlace& place);

private:
    Workspace& m_ws;
};

/// Key people of groups. Removing one deletes it for good (secure_delete), with the links to it.
class ContactRepository
{
public:
    explicit ContactRepository(Workspace& ws) : m_ws(ws) {}

    /// All key people, by group then name.
    Result<QList<KeyContact>> list() const;
    /// The key people of one group, by name.
    Result<QList<KeyContact>> listForGroup(qint64 groupId) const;
    Result<KeyContact> find(qint64 id) const;
    Result<KeyContact> add(const KeyContact& contact);
    Result<KeyContact> update(const KeyContact& contact, OnConflict policy = OnConflict::Report);
    Status remove(qint64 id, int expectedRevision);
    Result<int> count() const;

    static Status validate(const KeyContact& contact);

private:
    Workspace& m_ws;
};

/// The relationship register.
class LinkRepository
{
public:
    explicit LinkRepository(Workspace& ws) : m_ws(ws) {}

    /// All links, by member then last contact (oldest first).
    Result<QList<RelationshipLink>> list() const;
    Result<RelationshipLink> find(qint64 id) const;
    Result<RelationshipLink> add(const RelationshipLink& link);
    Result<RelationshipLink> update(const RelationshipLink& link, OnConflict policy = OnConflict::Report);
    Status remove(qint64 id, int expectedRevision);

    /// Exactly one of group and key person; a member; since not after last contact.
    static Status validate(const RelationshipLink& link);

private:
    Workspace& m_ws;
};

/// The outreach log, with the groups reached, who took part and the follow-ups (saved with the activity).
class OutreachRepository
{
public:
    explicit OutreachRepository(Workspace& ws) : m_ws(ws) {}

    /// All activities, newest first.
    Result<QList<OutreachActivity>> list() const;
    Result<OutreachActivity> find(qint64 id) const;
    Result<OutreachActivity> add(const OutreachActivity& activity);
    Result<OutreachActivity> update(const OutreachActivity& activity, OnConflict policy = OnConflict::Report);
    Status remove(qint64 id, int expectedRevision);
    Result<int> count() const;

    static Status validate(const OutreachActivity& activity);

private:
    Workspace& m_ws;
};

} // namespace proxima
