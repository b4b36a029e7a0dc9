// What is new since a member last opened a thread; the schema part is reads.module.ts. Other modules use nothing of it.
export {};
