package org.tradedesk.clearance.lodgement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tradedesk.clearance.domain.LodgementChannel;

/**
 * Lodges by dropping the message into an outbox directory, where the customs communication software (the ICS
 * or 關港貿 client) picks it up. The file is named after the message id; a file of that name already there is
 * not written again (the receipt says so), so a message id is never lodged twice.
 */
final class OutboxLodgementChannel implements LodgementChannel {

    private final Path directory;

    OutboxLodgementChannel(Path directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "OUTBOX";
    }

    @Override
    public Receipt lodge(Outgoing message) {
        if (!message.fileName().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("not a safe file name: " + message.fileName());
        }
        Path target = directory.resolve(message.fileName());
        try {
            Files.createDirectories(directory);
            if (Files.exists(target)) {
                return new Receipt(name(), target.toAbsolutePath().toString(), new byte[0], true);
            }
            Path partial = directory.resolve(message.fileName() + ".part");
            Files.write(partial, message.content());
            // the picker sees the whole file or none of it
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new Receipt(name(), target.toAbsolutePath().toString(), new byte[0], false);
        } catch (IOException e) {
            throw new Unreachable(directory.toString(), "cannot write to the outbox " + directory + ": " + e, e);
        }
    }
}
