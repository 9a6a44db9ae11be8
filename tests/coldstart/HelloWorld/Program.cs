#pragma warning disable RS0030 // the one line of console output is the point of a hello world
Console.WriteLine("Hello, World!");
