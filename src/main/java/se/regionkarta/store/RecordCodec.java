package se.regionkarta.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the registry's plain values (records, enums, lists, strings, numbers and dates)
 * in a compact binary form, by their record components, so that a new kind of fact needs no code
 * here and the model needs no {@code Serializable}.
 *
 * <p>Reading is an allow-list: it builds only records and enums of {@code se.regionkarta} (through
 * their canonical constructors, so every check of the model runs) and the JDK values named below.
 * Each record class is described once in the stream by its components' names and types; a stream
 * written by a class of another shape is refused ({@link Unreadable}), never misread.
 */
final class RecordCodec {

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte DECIMAL = 6;
    private static final byte DATE = 7;
    private static final byte DATE_TIME = 8;
    private static final byte LIST = 9;
    private static final byte ENUM = 10;
    private static final byte RECORD = 11;

    private static final String ALLOWED = "se.regionkarta.";

    private RecordCodec() {
    }

    /** A stream that cannot be read as written by this build: corrupt, foreign or of another shape. */
    static final class Unreadable extends IOException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** Writes values; each class is described the first time it occurs. */
    static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> classes = new HashMap<>();
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String s) {
                out.writeByte(STRING);
                writeString(s);
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (value instanceof BigDecimal d) {
                out.writeByte(DECIMAL);
                writeString(d.toString());
            } else if (value instanceof LocalDate d) {
                out.writeByte(DATE);
                out.writeLong(d.toEpochDay());
            } else if (value instanceof OffsetDateTime t) {
                // as numbers: parsing ISO text is slow in a cold JVM, and every change in the log has one
                out.writeByte(DATE_TIME);
                out.writeLong(t.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
                out.writeInt(t.getNano());
                out.writeInt(t.getOffset().getTotalSeconds());
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object element : list) {
                    write(element);
                }
            } else if (value instanceof Enum<?> e) {
                out.writeByte(ENUM);
                writeClass(e.getDeclaringClass());
                writeString(e.name());
            } else if (value instanceof Record r) {
                out.writeByte(RECORD);
                writeClass(r.getClass());
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    write(get(c, r));
                }
            } else {
                // a new kind of value in the model: add it here (the round-trip test of the bundled data says so)
                throw new IllegalArgumentException("cannot write a " + value.getClass().getName());
            }
        }

        private void writeClass(Class<?> type) throws IOException {
            Integer known = classes.get(type);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            if (!type.getName().startsWith(ALLOWED)) {
                throw new IllegalArgumentException("cannot write a " + type.getName());
            }
            out.writeInt(classes.size());
            classes.put(type, classes.size());
            writeString(type.getName());
            writeString(shape(type));
        }

        /**
         * Writes each distinct text once and then its number: ids and source ids recur thousands of
         * times, and decoding text is most of what a cold JVM spends reading the file.
         */
        private void writeString(String s) throws IOException {
            Integer known = strings.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            out.writeInt(strings.size());
            strings.put(s, strings.size());
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private static Object get(RecordComponent c, Record r) {
            try {
                return c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c + " of a " + r.getClass().getName(), e);
            }
        }
    }

    /**
     * Reads what a {@link Writer} wrote, building only allowed classes of the same shape. The stream
     * is a whole file already in memory, so that a length beyond what is left is seen as corruption.
     */
    static final class Reader {
        private final DataInputStream in;
        private final List<Type> classes = new ArrayList<>();
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        /** A class met in the stream: an enum, or a record with the constructor to build it. */
        private record Type(Class<?> type, Constructor<?> constructor, int components) {
        }

        Object read() throws IOException {
            byte tag = in.readByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return readString();
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case DECIMAL:
                    return new BigDecimal(readString());
                case DATE:
                    return LocalDate.ofEpochDay(in.readLong());
                case DATE_TIME:
                    return readDateTime();
                case LIST:
                    return readList();
                case ENUM:
                    return readEnum();
                case RECORD:
                    return readRecord();
                default:
                    throw new Unreadable("unknown tag " + tag);
            }
        }

        private OffsetDateTime readDateTime() throws IOException {
            long seconds = in.readLong();
            int nanos = in.readInt();
            int offset = in.readInt();
            try {
                return OffsetDateTime.of(LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC),
                        ZoneOffset.ofTotalSeconds(offset));
            } catch (DateTimeException e) {
                throw new Unreadable("bad time: " + e.getMessage());
            }
        }

        private List<Object> readList() throws IOException {
            int size = in.readInt();
            if (size < 0) {
                throw new Unreadable("negative list size");
            }
            List<Object> list = new ArrayList<>(Math.min(size, 1 << 16));
            for (int i = 0; i < size; i++) {
                list.add(read());
            }
            return Collections.unmodifiableList(list);
        }

        @SuppressWarnings({"unchecked", "rawtypes"}) // the type was checked to be an enum when it was read
        private Object readEnum() throws IOException {
            Type type = readClass();
            if (!type.type().isEnum()) {
                throw new Unreadable(type.type().getName() + " is not an enum");
            }
            String name = readString();
            try {
                return Enum.valueOf((Class<? extends Enum>) type.type(), name);
            } catch (IllegalArgumentException e) {
                throw new Unreadable(type.type().getName() + " has no constant " + name);
            }
        }

        private Object readRecord() throws IOException {
            Type type = readClass();
            if (type.constructor() == null) {
                throw new Unreadable(type.type().getName() + " is not a record");
            }
            Object[] values = new Object[type.components()];
            for (int i = 0; i < values.length; i++) {
                values[i] = read();
            }
            try {
                return type.constructor().newInstance(values);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                // a wrong value type, or a value the model's own checks refuse
                throw new Unreadable("cannot build a " + type.type().getName() + ": " + e);
            }
        }

        private Type readClass() throws IOException {
            int index = in.readInt();
            if (index >= 0 && index < classes.size()) {
                return classes.get(index);
            }
            if (index != classes.size()) {
                throw new Unreadable("class " + index + " out of order");
            }
            String name = readString();
            String shape = readString();
            Type type = resolve(name);
            if (!shape.equals(shape(type.type()))) {
                throw new Unreadable(name + " has changed shape");
            }
            classes.add(type);
            return type;
        }

        private static Type resolve(String name) throws Unreadable {
            if (!name.startsWith(ALLOWED)) {
                throw new Unreadable("not allowed: " + name);
            }
            Class<?> type;
            try {
                // not initialised here: only the canonical constructor of an allowed record runs any code
                type = Class.forName(name, false, RecordCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new Unreadable("no class " + name);
            }
            if (type.isEnum()) {
                return new Type(type, null, 0);
            }
            if (!type.isRecord()) {
                throw new Unreadable("not a record or enum: " + name);
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameters[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
                return new Type(type, constructor, components.length);
            } catch (NoSuchMethodException | SecurityException e) {
                throw new Unreadable("no canonical constructor in " + name);
            }
        }

        private String readString() throws IOException {
            int index = in.readInt();
            if (index >= 0 && index < strings.size()) {
                return strings.get(index);
            }
            if (index != strings.size()) {
                throw new Unreadable("text " + index + " out of order");
            }
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new Unreadable("bad text length " + length);
            }
            String s = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }
    }

    /** Describes a class as this build has it: an enum by name, a record by its components' names and types. */
    private static String shape(Class<?> type) {
        if (!type.isRecord()) {
            return type.isEnum() ? "enum" : "?";
        }
        StringBuilder s = new StringBuilder("record(");
        for (RecordComponent c : type.getRecordComponents()) {
            s.append(c.getGenericType().getTypeName()).append(' ').append(c.getName()).append(',');
        }
        return s.append(')').toString();
    }
}
