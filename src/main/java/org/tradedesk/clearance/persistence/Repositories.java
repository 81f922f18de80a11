package org.tradedesk.clearance.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TransactionRepository extends Repository<TransactionEntity, Long> {

    TransactionEntity saveAndFlush(TransactionEntity entity);

    Optional<TransactionEntity> findById(long id);

    void delete(TransactionEntity entity);

    @Query("select t from TransactionEntity t order by t.id desc")
    List<TransactionEntity> newest(Pageable page);

    @Query("select t from TransactionEntity t where t.clientId in :clients order by t.id desc")
    List<TransactionEntity> newestOf(Collection<Long> clients, Pageable page);
}

interface DocumentRepository extends Repository<DocumentEntity, Long> {

    DocumentEntity saveAndFlush(DocumentEntity entity);

    Optional<DocumentEntity> findByIdAndTransactionId(long id, long transactionId);

    /**
     * What the document checks of each file read, in one statement for many files: per file its documents' count, newest
     * id and sum of versions, and its captured figures' count and sum of versions. Versions only grow (a document's or
     * figures' every change raises its version) and a document added has a newer id, so a change to a file's documents
     * or figures changes this row.
     */
    @Query("""
            select d.transactionId, count(d.id), max(d.id), sum(d.version), count(f.documentId), coalesce(sum(f.version), 0)
            from DocumentEntity d left join DocumentFiguresEntity f on f.documentId = d.id
            where d.transactionId in :transactionIds group by d.transactionId""")
    List<Object[]> checkStamps(java.util.Collection<Long> transactionIds);

    /**
     * The commercial invoices of the clients' files not closed (the duplicate-invoice check), without their captured
     * data: the client, the file's id and reference, the document's id, version and SHA-256.
     */
    @Query("""
            select t.clientId, t.id, t.reference, d.id, d.version, d.sha256
            from DocumentEntity d, TransactionEntity t
            where d.transactionId = t.id and t.clientId in :clientIds
              and t.status <> org.tradedesk.clearance.TransactionStatus.CLOSED and d.withdrawnAt is null
              and d.type = org.tradedesk.clearance.DocumentType.COMMERCIAL_INVOICE order by t.id, d.id""")
    List<Object[]> invoicesOfOpenFiles(Collection<Long> clientIds);

    /** The captured data of documents with the version it is of: the id, version and JSON. */
    @Query("select d.id, d.version, d.capturedJson from DocumentEntity d where d.id in :ids")
    List<Object[]> captured(Collection<Long> ids);

    /** Every column but the file's content, which a listing does not need. */
    @Query("""
            select d.id, d.version, d.type, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.captureFormat,
                   d.capturedJson, d.uploadedBy, d.uploadedAt
            from DocumentEntity d where d.transactionId = :transactionId and d.withdrawnAt is null order by d.id""")
    List<Object[]> listing(long transactionId);

    /** The file's uploaded files not withdrawn (captured data alone is no file): the id and when it was uploaded. */
    @Query("""
            select d.id, d.uploadedAt from DocumentEntity d
            where d.transactionId = :transactionId and d.withdrawnAt is null and d.sha256 is not null order by d.id""")
    List<Object[]> uploadedFiles(long transactionId);

    /** One document of the file as a text names it: its type, captured data and file name (null when it is not the file's). */
    @Query("select d.id, d.type, d.capturedJson, d.fileName from DocumentEntity d where d.id = :id and d.transactionId = :transactionId")
    List<Object[]> naming(long transactionId, long id);

    /** The document's place in the file: the file's documents added up to it (withdrawn ones counted). */
    @Query("select count(d.id) from DocumentEntity d where d.transactionId = :transactionId and d.id <= :id")
    long placeOf(long transactionId, long id);

    /**
     * The other documents of the file of one type whose captured data holds {@code text} (case aside): the candidates for
     * a twin of an invoice number (the caller compares the numbers themselves), at most 50 a file holds.
     */
    @Query("""
            select d.id, d.capturedJson from DocumentEntity d
            where d.transactionId = :transactionId and d.type = :type and d.id <> :id and d.capturedJson is not null
              and upper(d.capturedJson) like concat('%', upper(:text), '%') order by d.id""")
    List<Object[]> capturedContaining(long transactionId, org.tradedesk.clearance.DocumentType type, long id, String text,
            org.springframework.data.domain.Pageable page);

    /** The file's withdrawn documents, kept for the record (every column but the content). */
    @Query("""
            select d.id, d.version, d.type, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.captureFormat,
                   d.capturedJson, d.uploadedBy, d.uploadedAt, d.withdrawnAt, d.withdrawnBy, d.withdrawalReason
            from DocumentEntity d where d.transactionId = :transactionId and d.withdrawnAt is not null order by d.id""")
    List<Object[]> withdrawnListing(long transactionId);

    /**
     * Whether a document that was on the file at {@code builtAt} (uploaded by then) has been withdrawn since: a declaration
     * built at that time rests on it.
     */
    @Query("""
            select count(d) from DocumentEntity d where d.transactionId = :transactionId and d.uploadedAt <= :builtAt
              and d.withdrawnAt is not null and d.withdrawnAt > :builtAt""")
    long withdrawnSince(long transactionId, java.time.Instant builtAt);

    long countByTransactionId(long transactionId);

    long deleteByTransactionId(long transactionId);
}

interface HistoryRepository extends Repository<HistoryEntity, Long> {

    HistoryEntity save(HistoryEntity entity);

    List<HistoryEntity> findByTransactionIdOrderByIdDesc(long transactionId, Pageable page);

    long deleteByTransactionId(long transactionId);
}

interface IssueRepository extends Repository<IssueEntity, Long> {

    IssueEntity saveAndFlush(IssueEntity entity);

    Optional<IssueEntity> findByIdAndTransactionId(long id, long transactionId);

    List<IssueEntity> findByTransactionIdOrderByIdAsc(long transactionId, Pageable page);

    long countByTransactionId(long transactionId);

    long deleteByTransactionId(long transactionId);

    /** The issue of a finding: by its key's hash (the unique index), or for an issue opened before the hash was kept, by the key. */
    @Query("""
            select i.id from IssueEntity i where i.transactionId = :transactionId
              and (i.findingKeySha256 = :sha256 or (i.findingKeySha256 is null and i.findingKey = :findingKey))""")
    List<Long> idsOfFinding(long transactionId, String sha256, String findingKey);

    /** Records the day the finding was first seen resolved: only when none is recorded (any instance, once). */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update IssueEntity i set i.findingResolvedOn = :day where i.id = :id and i.findingResolvedOn is null")
    int recordResolved(long id, java.time.LocalDate day);

    /** The finding stands again: its recorded day goes. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update IssueEntity i set i.findingResolvedOn = null where i.id = :id and i.findingResolvedOn is not null")
    int clearResolved(long id);
}

interface AlternativeRepository extends Repository<AlternativeEntity, Long> {

    AlternativeEntity saveAndFlush(AlternativeEntity entity);

    List<AlternativeEntity> findByIssueIdInOrderByIdAsc(Collection<Long> issueIds);

    long countByIssueId(long issueId);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from AlternativeEntity a where a.issueId in (select i.id from IssueEntity i where i.transactionId = :transactionId)")
    int deleteOfTransaction(long transactionId);
}
