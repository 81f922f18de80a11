package org.tradedesk.clients;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ClientRepository extends Repository<Client, Long> {

    Client save(Client client);

    /** Flushes so the returned view carries the new version number. */
    Client saveAndFlush(Client client);

    Optional<Client> findById(long id);

    boolean existsByTaxId(String taxId);

    List<Client> findByTaxIdOrderByIdAsc(String taxId);

    /** {@code pattern} is lower-case with wildcards; matches name, tax id, or a contact's name or e-mail. */
    @Query(value = """
            select c from Client c
            where c.archived = :archived
              and (lower(c.name) like :pattern or c.taxId like :pattern
                   or exists (select k.id from Contact k where k.clientId = c.id
                              and (lower(k.name) like :pattern or lower(k.email) like :pattern)))""",
            countQuery = """
            select count(c) from Client c
            where c.archived = :archived
              and (lower(c.name) like :pattern or c.taxId like :pattern
                   or exists (select k.id from Contact k where k.clientId = c.id
                              and (lower(k.name) like :pattern or lower(k.email) like :pattern)))""")
    Page<Client> search(boolean archived, String pattern, Pageable page);

    /** {@link #search}, only the clients {@code username} is assigned to (what a coordinator may see). */
    @Query(value = """
            select c from Client c
            where c.archived = :archived
              and exists (select a.id from ClientAssignment a where a.clientId = c.id and a.username = :username)
              and (lower(c.name) like :pattern or c.taxId like :pattern
                   or exists (select k.id from Contact k where k.clientId = c.id
                              and (lower(k.name) like :pattern or lower(k.email) like :pattern)))""",
            countQuery = """
            select count(c) from Client c
            where c.archived = :archived
              and exists (select a.id from ClientAssignment a where a.clientId = c.id and a.username = :username)
              and (lower(c.name) like :pattern or c.taxId like :pattern
                   or exists (select k.id from Contact k where k.clientId = c.id
                              and (lower(k.name) like :pattern or lower(k.email) like :pattern)))""")
    Page<Client> searchAssigned(boolean archived, String pattern, String username, Pageable page);
}
