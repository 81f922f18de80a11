package org.tradedesk.clients;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ContactRepository extends Repository<Contact, Long> {

    Contact save(Contact contact);

    Contact saveAndFlush(Contact contact);

    Optional<Contact> findById(long id);

    List<Contact> findByClientIdOrderByIdAsc(long clientId);
}
